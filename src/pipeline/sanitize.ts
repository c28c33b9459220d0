// The HTML body's sanitizer: DOMPurify with the allowlist for article text. It needs a DOM: the
// browser's own (src/internal/body-html.ts, a chunk loaded on first use) or, on a server, jsdom's.
import createDOMPurify, { type Config, type WindowLike } from 'dompurify';
import { isSafeUrl } from './url.js';

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

/**
 * A body sanitizer on the DOM of `window`: turns an HTML body into a fragment of that DOM, ready to
 * insert (never a string that is parsed again). Each sanitizer is a private DOMPurify instance,
 * so its hooks never change a DOMPurify the publisher's page also uses.
 */
export function createBodySanitizer(
  window: WindowLike & { document: Document },
): (html: string, options: BodyOptions) => DocumentFragment {
  const purify = createDOMPurify(window);
  const { document } = window;
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
  return (html, { dateline, ugc, headlineLevel = 1, target }) => {
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
      span.setAttribute('part', 'dateline');
      span.textContent = dateline;
      firstParagraph.prepend(span, ' — ');
    }
    return fragment;
  };
}
