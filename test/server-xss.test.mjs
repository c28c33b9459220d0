// The XSS suite's vectors through the server renderer (lib/): each one in every text and URL field
// of an article rendered as each of the five elements of an article, in a feed (JSON and RSS), as an
// HTML body, and in a whole page. The
// output is parsed with jsdom and walked whole, declarative shadow roots (inert <template>s in
// jsdom) included: no script but JSON data, no event handler, no URL other than http(s), and none
// of the elements that run, embed, style or take input except the few the product itself writes.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { JSDOM } from 'jsdom';
import { renderPage, renderToString } from '../lib/server/index.js';
import { URL_ATTRIBUTES, VECTORS, everyField } from './fixtures/xss-vectors.mjs';

const ELEMENTS = ['news-article', 'news-card', 'news-tags', 'news-key-points', 'news-related'];
const XML_TEXT = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
// XML 1.0 has no control characters but tab and line breaks: a feed cannot carry them (its parser refuses it).
const xml = (text) =>
  // eslint-disable-next-line no-control-regex
  text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '').replace(/[&<>]/g, (c) => XML_TEXT[c]);
/** An RSS feed whose one item has the vector in its title, link and description, as XML text. */
const rss = (payload) =>
  `<rss version="2.0"><channel><item><title>${xml(`Headline ${payload}`)}</title><link>${xml(payload)}</link>` +
  `<description>${xml(payload)}</description></item></channel></rss>`;
const DATA_SCRIPTS = ['application/json', 'application/ld+json'];
// Never in the output, wherever: what runs, embeds, takes input or changes the page's base.
const FORBIDDEN = new Set([
  ...['iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'portal', 'noscript'],
  ...['form', 'input', 'textarea', 'select', 'button', 'keygen', 'base', 'svg', 'math'],
]);

// One parser for every output: a DOMParser document per render is much cheaper than a JSDOM each.
const { window } = new JSDOM('');
const parse = (html) => new window.DOMParser().parseFromString(html, 'text/html');

/** The renders of one vector: [label, render] pairs, each render on a fresh article object. */
function renders(payload) {
  const list = [];
  for (const element of ELEMENTS) {
    list.push([
      `${element}, URLs = vector`,
      () => renderToString(everyField(payload), { element, tagHref: '/topics/{slug}' }),
    ]);
    // With safe URLs, the image and both related items stay: their texts reach the output too.
    if (element === 'news-key-points') continue; // it shows no URL
    list.push([
      `${element}, safe URLs`,
      () => renderToString(everyField(payload, '/safe'), { element, tagHref: '/topics/{name}' }),
    ]);
  }
  list.push(
    [
      'news-feed, URLs = vector',
      () => renderToString([everyField(payload), everyField(payload, '/safe')], { element: 'news-feed' }),
    ],
    ['news-feed, RSS', () => renderToString(rss(payload), { element: 'news-feed' })],
    ['bodyHtml', () => renderToString({ headline: 'Body', bodyHtml: payload }, { ugc: true, linkTarget: '_blank' })],
    ['articleBody', () => renderToString({ headline: 'Body', articleBody: payload, dateline: payload })],
    ['page, URLs = vector', () => renderPage(everyField(payload), { script: '', tagHref: '/topics/{slug}' })],
    ['page, safe URLs', () => renderPage(everyField(payload, 'https://example.com/safe'), { script: '' })],
  );
  return list;
}

const isCustom = (node) => node?.nodeType === 1 && node.localName.includes('-');

/**
 * What is unsafe in a parsed output, as readable strings. `root` is the document or a shadow
 * template's content; `shadow` says which.
 */
function problems(root, { page, shadow = false }, found = []) {
  const where = (element) => `${shadow ? 'shadow ' : ''}<${element.localName}>`;
  const head = page && !shadow ? root.head : undefined;
  for (const element of root.querySelectorAll('*')) {
    const name = element.localName;
    if (FORBIDDEN.has(name)) found.push(`${where(element)} element`);
    if (name === 'script') {
      const type = element.getAttribute('type');
      if (!DATA_SCRIPTS.includes(type)) found.push(`${where(element)} of type ${type}`);
      if (element.hasAttribute('src')) found.push(`${where(element)} with a src`);
      try {
        JSON.parse(element.textContent);
      } catch {
        found.push(`${where(element)} that is not JSON: ${element.textContent.slice(0, 200)}`);
      }
    }
    if (name === 'style') {
      // The element's own styles, first in its shadow root; a page's own, in its head.
      const own = shadow
        ? element.parentNode === root && root.firstElementChild === element
        : element.parentNode === head;
      if (!own) found.push(`${where(element)} element`);
      if (element.textContent.includes('__xss')) found.push(`${where(element)} holding the vector`);
    }
    if ((name === 'meta' || name === 'link') && (!head || element.parentNode !== head)) {
      found.push(`${where(element)} outside a page's head`);
    }
    if (name === 'template') {
      // Only declarative shadow roots, first in a custom element.
      const mode = element.getAttribute('shadowrootmode');
      const host = element.parentNode;
      if (mode !== 'open' || !isCustom(host) || host.firstElementChild !== element) {
        found.push(`${where(element)} that is not a custom element's shadow root`);
      }
      problems(element.content, { page, shadow: true }, found);
    }
    for (const attribute of element.getAttributeNames()) {
      const value = element.getAttribute(attribute);
      if (attribute.startsWith('on')) found.push(`${where(element)} with ${attribute}="${value}"`);
      if (attribute === 'srcdoc') found.push(`${where(element)} with srcdoc`);
      if (attribute === 'style' && /__xss|javascript:|url\(|expression\(/i.test(value)) {
        found.push(`${where(element)} with style="${value}"`);
      }
      if (URL_ATTRIBUTES.includes(attribute)) {
        let protocol;
        try {
          protocol = new URL(value, 'https://example.com/').protocol;
        } catch {
          protocol = 'an invalid URL';
        }
        if (protocol !== 'http:' && protocol !== 'https:') {
          found.push(`${where(element)} with ${attribute}="${value}" (${protocol})`);
        }
      }
    }
  }
  return found;
}

const KINDS = [...new Set(VECTORS.map((vector) => vector.kind))];

for (const kind of KINDS) {
  const vectors = VECTORS.filter((vector) => vector.kind === kind);
  describe(`server rendering: ${kind}`, () => {
    for (const { id, payload } of vectors) {
      test(`#${id} ${JSON.stringify(payload)}`, async () => {
        for (const [label, render] of renders(payload)) {
          const result = await render(); // renderToString and renderPage never throw
          assert.equal(typeof result.html, 'string', `${label}: html is a string`);
          assert.ok(Array.isArray(result.issues), `${label}: issues is an array`);
          const errors = result.issues.filter((issue) => issue.severity === 'error');
          assert.deepEqual(errors, [], `${label}: the article renders (no errors)`);
          assert.notEqual(result.html, '', `${label}: some HTML`);

          const page = label.startsWith('page');
          const document = parse(result.html);
          assert.deepEqual(problems(document, { page }), [], `${label}: nothing unsafe in the output`);

          // The output is the element (or a page around it), with its shadow root and its data.
          const host = document.querySelector([...ELEMENTS, 'news-feed'].join(', '));
          assert.ok(host, `${label}: the element is in the output`);
          assert.equal(host.firstElementChild?.localName, 'template', `${label}: a shadow root first`);
          const data = host.querySelector(':scope > script[type="application/json"]');
          assert.ok(data, `${label}: the article data is in the light DOM`);
          if (label.includes('news-article') || page) {
            // Not escaped away, nor cut: the data holds the vector exactly as given (trimmed).
            assert.equal(JSON.parse(data.textContent).headline, `Headline ${payload}`.trim(), `${label}: headline`);
          }
        }
      });
    }
  });
}

test('every vector of the XSS suite is run', () => {
  assert.equal(VECTORS.length, 126);
  assert.deepEqual(
    VECTORS.map((vector) => vector.id),
    VECTORS.map((_, index) => index),
  );
});
