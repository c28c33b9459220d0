import { elementUpdated, expect } from '@open-wc/testing';
import type { ArticleIssue, NormalizedArticle } from '../src/types.js';

type ArticleElement = HTMLElement & { article: unknown };
/** `news-load` carries `{article, issues}`, `news-error` only `{issues}`. */
export type NewsEvent = CustomEvent<{ article?: NormalizedArticle; issues: readonly ArticleIssue[] }>;

/** The next news-load or news-error heard on `target` (an element, or document: they bubble and are composed). */
export function nextAnswer(target: EventTarget): Promise<NewsEvent> {
  return new Promise<NewsEvent>((resolve) => {
    const once = (event: Event) => {
      target.removeEventListener('news-load', once);
      target.removeEventListener('news-error', once);
      resolve(event as NewsEvent);
    };
    target.addEventListener('news-load', once);
    target.addEventListener('news-error', once);
  });
}

/**
 * Sets `article` and resolves with whichever of `news-load` / `news-error` the element answers
 * with, once it has rendered, so a test that expected the other one fails on the type at once.
 */
export async function setArticle(el: ArticleElement, article: unknown): Promise<NewsEvent> {
  const fired = nextAnswer(el);
  el.article = article;
  const event = await fired;
  await elementUpdated(el);
  return event;
}

/** The text of each match in the element's shadow root, whitespace collapsed, in document order. */
export function texts(el: Element, selector: string): string[] {
  return [...el.shadowRoot!.querySelectorAll(selector)].map((node) => node.textContent!.replace(/\s+/g, ' ').trim());
}

/** Every `href` / `src` in the shadow root whose resolved scheme is not http(s): what a click or load could run. */
export function unsafeUrls(el: Element): string[] {
  return [...el.shadowRoot!.querySelectorAll('[href], [src]')]
    .map((node) => node.getAttribute('href') ?? node.getAttribute('src')!)
    .filter((value) => !['http:', 'https:'].includes(new URL(value, document.baseURI).protocol));
}

/** Markup that would run script if it were ever parsed as HTML instead of shown as text. */
export const MARKUP = '<img src=x onerror="window.__pwned=1">';

/** URL spellings the normalizer must refuse; the browser would run or embed every one of them. */
export const UNSAFE_URLS = [
  'javascript:alert(1)',
  ' JaVaScRiPt:alert(1)',
  'java\tscript:alert(1)',
  'data:text/html,<b>x</b>',
];

/** Set by MARKUP's handler if it ever ran. */
export const pwned = (): unknown => (window as Window & { __pwned?: unknown }).__pwned;

/** An element given an article with an empty slice renders nothing and takes no space. */
export async function expectEmpty(el: ArticleElement, article: unknown): Promise<void> {
  const event = await setArticle(el, article);
  expect(event.type).to.equal('news-load');
  expect(el.shadowRoot!.querySelector('*')).to.equal(null);
  expect(el.offsetHeight).to.equal(0);
}

/**
 * An article without a usable headline: `news-error` (bubbling, composed) naming `headline`, and
 * the error box with role=alert saying so. Returns the box.
 */
export async function expectHeadlineError(el: ArticleElement, article: unknown): Promise<Element> {
  const event = await setArticle(el, article);
  expect(event.type).to.equal('news-error');
  expect(event.bubbles && event.composed).to.equal(true);
  expect(event.detail.issues).to.deep.equal([
    { path: 'headline', message: 'required: a non-empty string', severity: 'error' },
  ]);
  const error = el.shadowRoot!.querySelector('[part~="error"][role="alert"]')!;
  expect(error.textContent).to.contain('This article could not be shown.');
  expect(error.textContent).to.contain('headline: required');
  return error;
}
