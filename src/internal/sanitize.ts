// Loaded on first use (a separate chunk in the CDN build): only articles with an HTML body pay for it.
import { adoptStyles, css, type LitElement } from 'lit';
import createDOMPurify, { type Config } from 'dompurify';
import { isSafeUrl } from '../pipeline/url.js';

export interface BodyOptions {
  /** The article's dateline, set at the start of the first paragraph. */
  dateline?: string;
  /** The body is user-generated: its links also get `rel="nofollow ugc"`. */
  ugc?: boolean;
  /** The level of the article's headline; the body's headings are set below it. */
  headlineLevel?: number;
  /** `link-target` of the element: where body links open. */
  target?: string;
}

// Article text: paragraphs, headings (h1 is kept as the next level down), lists, quotes, figures, images, links, inline emphasis, code
// and tables. Nothing that runs, embeds, styles or takes input.
const CONFIG: Config & { RETURN_DOM_FRAGMENT: true } = {
  ALLOWED_TAGS: [
    ...['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'blockquote', 'figure', 'figcaption', 'img', 'a'],
    ...['b', 'strong', 'i', 'em', 'u', 's', 'sub', 'sup', 'small', 'mark', 'br', 'hr', 'code', 'pre'],
    ...['table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td'],
  ],
  ALLOWED_ATTR: [
    'href',
    'src',
    'alt',
    'title',
    'width',
    'height',
    'colspan',
    'rowspan',
    'scope',
    'cite',
    'start',
    'lang',
    'dir',
  ],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  RETURN_DOM_FRAGMENT: true,
};

// A private instance: hooks added here must never change a DOMPurify the publisher's page also uses.
const purify = createDOMPurify(window);
purify.addHook('afterSanitizeAttributes', (node) => {
  for (const name of ['href', 'src', 'cite']) {
    const value = node.getAttribute(name);
    if (value !== null && !isSafeUrl(value.trim())) node.removeAttribute(name);
  }
  if (node.localName === 'img') {
    node.setAttribute('loading', 'lazy');
    node.setAttribute('decoding', 'async');
  }
});

/** Styles for what only HTML bodies hold; adopted by <news-article> once it renders one. */
const bodyStyles = css`
  [part~='body'] :is(h2, h3, h4, h5, h6) {
    margin-block-start: 1.5em;
    font-size: 1.25em;
  }
  blockquote {
    margin-inline: 0;
    padding-inline-start: 1em;
    border-inline-start: 3px solid var(--_border);
  }
  pre,
  table {
    display: block;
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
  }
  td,
  th {
    padding: 0.25em 0.5em;
    border: 1px solid var(--_border);
  }
`;

/** Adds the body styles to an element's own (once it renders an HTML body). */
export function adoptBodyStyles(element: LitElement): void {
  const { elementStyles } = element.constructor as typeof LitElement;
  adoptStyles(element.renderRoot as ShadowRoot, [...elementStyles, bodyStyles]);
}

/** Sanitizes an HTML body into a fragment ready to insert (never a string that is parsed again). */
export function sanitizeBody(
  html: string,
  { dateline, ugc, headlineLevel = 1, target }: BodyOptions,
): DocumentFragment {
  const fragment = purify.sanitize(html, CONFIG);
  for (const link of fragment.querySelectorAll('a')) {
    link.rel = ugc ? 'noopener noreferrer nofollow ugc' : 'noopener noreferrer';
    if (target) link.target = target;
  }
  // Body headings go below the headline: h1 and h2 become the level under it, the rest follow.
  for (const heading of fragment.querySelectorAll('h1, h2, h3, h4, h5, h6')) {
    const level = Math.min(6, Math.max(2, Number(heading.localName[1])) + headlineLevel - 1);
    if (heading.localName === `h${level}`) continue;
    const moved = document.createElement(`h${level}`);
    moved.append(...heading.childNodes);
    for (const { name, value } of heading.attributes) moved.setAttribute(name, value);
    heading.replaceWith(moved);
  }
  const firstParagraph = fragment.querySelector('p');
  if (dateline && firstParagraph) {
    const span = document.createElement('span');
    span.part.add('dateline');
    span.textContent = dateline;
    firstParagraph.prepend(span, ' — ');
  }
  return fragment;
}
