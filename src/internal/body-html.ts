// Loaded on first use (a separate chunk in the CDN build): only articles with an HTML body pay for
// DOMPurify, and a server-rendered body is kept as the server sanitized it.
import { adoptStyles, type LitElement } from 'lit';
import { createBodySanitizer } from '../pipeline/sanitize.js';
import { bodyStyles } from '../styles/body.styles.js';

/** Sanitizes an HTML body into a fragment of this page's DOM. */
export const sanitizeBody = createBodySanitizer(window);

/** Adds the body styles to an element's own (once it renders an HTML body). */
export function adoptBodyStyles(element: LitElement): void {
  const { elementStyles } = element.constructor as typeof LitElement;
  adoptStyles(element.renderRoot as ShadowRoot, [...elementStyles, bodyStyles]);
}
