// HTML bodies on the server: the same DOMPurify allowlist as in the browser, on jsdom's DOM (loaded
// the first time an article has an HTML body), written out as the HTML string the page carries.
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { serverBody } from '../components/news-article/news-article.component.js';
import { createBodySanitizer, type BodyOptions } from '../pipeline/sanitize.js';

let sanitize: ((html: string, options: BodyOptions) => string) | undefined;
let textOf: ((html: string) => string) | undefined;
let last: { key: string; html: string } | undefined;

/** Loads jsdom and the sanitizer on it, once, and lets `<news-article>` render bodies with it. */
export async function loadBodySanitizer(): Promise<void> {
  if (sanitize) return;
  const { JSDOM } = await import('jsdom');
  const { window } = new JSDOM('');
  const toFragment = createBodySanitizer(window as unknown as Parameters<typeof createBodySanitizer>[0]);
  const box = window.document.createElement('div');
  sanitize = (html, options) => {
    box.replaceChildren(toFragment(html, options));
    return box.innerHTML;
  };
  textOf = (html) => {
    box.replaceChildren(toFragment(html, {}));
    return (box.querySelector('p') ?? box).textContent ?? '';
  };
  serverBody.render = (html, options) => unsafeHTML(sanitizedBody(html, options));
}

/** The text of an HTML body's first paragraph (sanitized first: the page's head quotes it). */
export async function firstParagraph(html: string): Promise<string> {
  await loadBodySanitizer();
  return textOf!(html);
}

/**
 * The body sanitized with these options, as HTML. The shadow root and the light-DOM copy of one
 * article ask for the same body in turn, so the last one is kept.
 */
export function sanitizedBody(html: string, options: BodyOptions): string {
  const key = JSON.stringify([html, options]);
  if (last?.key !== key) last = { key, html: sanitize!(html, options) };
  return last.html;
}
