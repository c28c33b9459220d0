// A phone 320 px wide and text that will not break by itself: 60-character words and URLs in every
// field of every element. Nothing may stick out of the element or widen the page.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import { full } from './fixtures/articles.js';
import { setArticle } from './helpers.js';

const WORD = 'Bundesverfassungsgerichtsentscheidungsbegründungsschreiben'.padEnd(60, 'x');
const URL_TEXT = `https://example.com/${'a'.repeat(60)}`;
const long = `${WORD} ${URL_TEXT}`;
const article = {
  ...full,
  headline: `${WORD} zur Schuldenbremse`,
  alternativeHeadline: long,
  section: WORD,
  description: long,
  articleBody: `${long}\n\n${WORD}`,
  dateline: WORD,
  image: { url: '/test/fixtures/hero.svg', alt: WORD, caption: long, credit: WORD, width: 1200, height: 675 },
  author: [{ name: WORD, url: '/a' }, WORD],
  publisher: { name: WORD, url: '/p' },
  tags: [WORD, { name: URL_TEXT, url: '/t' }],
  keyPoints: [long],
  related: [{ headline: long, url: '/r', datePublished: '2024-06-03' }],
  inLanguage: 'de',
};
const TAGS = ['news-article', 'news-card', 'news-tags', 'news-key-points', 'news-related', 'news-feed'];

/** Every box in the element's shadow trees whose right edge passes the element's. */
function overflowing(el: Element): string[] {
  const edge = el.getBoundingClientRect().right + 0.5;
  const out: string[] = [];
  const walk = (root: ShadowRoot) => {
    for (const node of root.querySelectorAll('*')) {
      if (node.getBoundingClientRect().right > edge)
        out.push(`<${node.localName} part="${node.getAttribute('part')}">`);
      if (node.shadowRoot) walk(node.shadowRoot);
    }
  };
  walk(el.shadowRoot!);
  return out;
}

describe('at 320 px', () => {
  for (const tag of TAGS) {
    it(`<${tag}> keeps 60-character words and URLs inside`, async () => {
      const box = await fixture<HTMLElement>(html`<div style="inline-size: 320px"></div>`);
      const el = document.createElement(tag) as HTMLElement & { article: unknown };
      box.append(el);
      // A feed is given a list: two cards, one with every field long.
      await setArticle(el, tag === 'news-feed' ? [article, { ...article, url: URL_TEXT }] : article);
      expect(el.getBoundingClientRect().width).to.be.at.most(320);
      expect(overflowing(el)).to.deep.equal([]);
      expect(box.scrollWidth).to.be.at.most(320);
    });
  }
});
