// WordPress posts and IPTC ninjs items set as the article: each fixture renders its headline,
// byline, image, section, tags and sanitized body in <news-article>, and its card. Their readers are
// chunks of the CDN bundle loaded on first use: a v1 article asks for none of them.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import type { NewsArticle } from '../src/components/news-article/news-article.js';
import { full } from './fixtures/articles.js';
import { chunks, page } from './fixtures/frames.js';
import { setArticle, texts } from './helpers.js';

const load = async (name: string) => (await fetch(`/test/fixtures/formats/${name}.json`)).json();

async function show(tag: 'news-article' | 'news-card', article: unknown) {
  const el = await fixture<NewsArticle>(
    tag === 'news-card' ? html`<news-card></news-card>` : html`<news-article></news-article>`,
  );
  const event = await setArticle(el, article);
  return { el, event, root: el.shadowRoot! };
}
const text = (node: Element | null) => node?.textContent?.replace(/\s+/g, ' ').trim();
const tagsOf = (root: ShadowRoot) => texts(root.querySelector('news-tags')!, 'li');

interface Expected {
  headline: string;
  byline?: string;
  section?: string;
  alt: string;
  caption?: string;
  tags: string[];
  body: string[];
  lang?: string;
}

const FIXTURES: Record<string, Expected> = {
  'wordpress-post-embed': {
    headline: 'What the rail deal means — Q&A',
    byline: 'By Aigerim Bekova',
    section: 'World & Region',
    alt: 'Delegates shake hands in a hall hung with flags',
    caption: 'Delegates after the signing in Astana’s Palace of Peace Daniyar Sultan',
    tags: ['Central Asia', 'Rail & Transport'],
    body: ['The line will carry freight first.', 'A fund of the five states, with loans from China.'],
  },
  'ninjs-1': {
    headline: 'Summit in Astana ends with a railway deal',
    byline: 'By Aigerim Bekova',
    alt: 'Delegates shake hands in a hall hung with flags',
    caption: 'Delegates after the signing in Astana. Daniyar Sultan',
    tags: ['Railway transport', 'Diplomacy'],
    body: [
      'ASTANA — Leaders of five Central Asian states and China signed the agreement on the last day of the summit.',
      'The route runs through Kyrgyzstan and Uzbekistan; construction starts next year.',
      '“A new era for trade,” one minister said.',
    ],
    lang: 'en',
  },
  'ninjs-2': {
    headline: 'Summit in Astana ends with a railway deal',
    byline: 'By Aigerim Bekova and Chen Li',
    alt: 'Delegates shake hands in a hall hung with flags',
    caption: 'Delegates after the signing in Astana. Daniyar Sultan',
    tags: ['Railway transport', 'Diplomacy'],
    body: [
      'Astana — Leaders of five Central Asian states and China signed the agreement on the last day of the summit.',
      'The route runs through Kyrgyzstan and Uzbekistan.',
    ],
    lang: 'en-GB',
  },
  'ninjs-3': {
    headline: 'Summit in Astana ends with a railway deal',
    byline: 'By Chen Li',
    alt: 'Delegates shake hands in a hall hung with flags',
    caption: 'Delegates after the signing in Astana. Daniyar Sultan/Agency',
    tags: ['Railway transport'],
    body: ['Astana — Leaders of five Central Asian states and China signed the agreement.'],
    lang: 'en',
  },
};

describe('WordPress and ninjs as the article', () => {
  for (const [name, expected] of Object.entries(FIXTURES)) {
    it(`${name}: headline, byline, section, image with alt and caption, tags, the body sanitized`, async () => {
      const { root, event } = await show('news-article', await load(name));
      expect(event.type).to.equal('news-load');
      expect(text(root.querySelector('h1'))).to.equal(expected.headline);
      expect(text(root.querySelector('[part~="byline"]'))).to.equal(expected.byline);
      expect(text(root.querySelector('[part~="section"]'))).to.equal(expected.section);
      const img = root.querySelector('[part~="image"]') as HTMLImageElement;
      expect([img.getAttribute('src'), img.alt]).to.deep.equal(['/test/fixtures/hero.svg', expected.alt]);
      expect(text(root.querySelector('[part~="caption"]'))).to.equal(expected.caption);
      expect(tagsOf(root)).to.deep.equal(expected.tags);
      expect(root.querySelector('article')!.getAttribute('lang')).to.equal(expected.lang ?? null);
      const body = root.querySelector('[part~="body"]')!;
      expect([...body.querySelectorAll('p')].map(text).filter((p) => expected.body.includes(p!))).to.deep.equal(
        expected.body,
      );
      expect(body.querySelectorAll('script, iframe, [onerror], [style]').length).to.equal(0);
    });
  }

  it('the WordPress content sanitized: the embed script and an onerror gone, the heading below the headline', async () => {
    const post = await load('wordpress-post-embed');
    post.content.rendered += '<p>Map: <img src="/test/fixtures/hero.svg" onerror="window.hacked = 1"></p>';
    const { root } = await show('news-article', post);
    const body = root.querySelector('[part~="body"]')!;
    expect(body.innerHTML).not.to.match(/<script|onerror|platform\.twitter\.com/);
    expect(text(body.querySelector('h2'))).to.equal('Who pays?');
    expect(text(body.querySelector('blockquote'))).to.contain('The deal is signed.');
    expect((window as { hacked?: number }).hacked).to.equal(undefined);
  });

  it('plain bodies become paragraphs: ninjs 1.x body_text and 3.x text/plain', async () => {
    const de = await show('news-article', await load('ninjs-1-text'));
    expect(texts(de.el, '[part~="body"] p')).to.deep.equal([
      'Astana — Fünf zentralasiatische Staaten und China haben das Abkommen am letzten Gipfeltag unterzeichnet.',
      'Die Strecke führt durch Kirgistan und Usbekistan.',
      'Der Bau beginnt im nächsten Jahr.',
    ]);
    expect(de.root.querySelector('article')!.getAttribute('lang')).to.equal('de');
    const en = await show('news-article', await load('ninjs-3-text'));
    expect(texts(en.el, '[part~="body"] p')).to.deep.equal([
      'Shares in rail builders rose in early trading.',
      'Bonds were flat.',
    ]);
  });

  it('a plain WordPress post: its issues at their paths, in the news-load event', async () => {
    const { event, root } = await show('news-article', await load('wordpress-post'));
    expect(event.detail.issues.map((issue) => issue.path)).to.deep.equal([
      'author',
      'featured_media',
      'categories',
      'tags',
    ]);
    expect(text(root.querySelector('h1'))).to.equal(
      'Summit in Astana ends with a railway deal – and a “new era” for trade & transit',
    );
    expect(root.querySelector('img')).to.equal(null);
  });

  it('a ninjs item with a bad headline: the error names headlines[0].value', async () => {
    const item = await load('ninjs-2');
    item.headlines[0].value = ' ';
    const { event, root } = await show('news-article', item);
    expect(event.type).to.equal('news-error');
    expect(event.detail.issues[0]).to.deep.include({ path: 'headlines[0].value', severity: 'error' });
    expect(root.querySelector('[part~="error"]')!.getAttribute('role')).to.equal('alert');
  });

  for (const name of ['wordpress-post-embed', 'ninjs-2']) {
    it(`${name} as <news-card>: headline, image with alt, section`, async () => {
      const expected = FIXTURES[name];
      const { root } = await show('news-card', await load(name));
      expect(text(root.querySelector('h3'))).to.equal(expected.headline);
      expect((root.querySelector('[part~="image"]') as HTMLImageElement).alt).to.equal(expected.alt);
      expect(text(root.querySelector('[part~="section"]'))).to.equal(expected.section);
    });
  }

  it('the card of a post links to the post', async () => {
    const { root } = await show('news-card', await load('wordpress-post-embed'));
    expect(root.querySelector('a')!.getAttribute('href')).to.equal(
      'https://example.com/2025/06/18/rail-deal-what-it-means/',
    );
  });
});

describe('the format readers in the CDN bundle', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));
  const BUNDLE = '<script type="module" src="/dist/news-article.min.js"></script>';
  const READERS = ['wordpress-reader', 'ninjs-reader', 'format-helpers', 'json-ld-reader'];

  /** A page with the bundle and one <news-article> given `article`: the chunks it asked for once it rendered. */
  async function requested(article: unknown) {
    const frame = await page('<news-article></news-article>', { head: BUNDLE });
    const win = frame.contentWindow! as Window & typeof globalThis;
    await win.customElements.whenDefined('news-article');
    const el = frame.contentDocument!.querySelector('news-article') as HTMLElement & { article: unknown };
    const loaded = new Promise((resolve) => el.addEventListener('news-load', resolve, { once: true }));
    el.article = article;
    await loaded;
    await waitUntil(() => el.shadowRoot!.querySelector('h1'), 'no headline');
    return { names: chunks(frame).filter((name) => READERS.includes(name)), el };
  }

  it('a v1 article asks for no format reader', async () => {
    const { names } = await requested(full);
    expect(names).to.deep.equal([]);
  });

  it('a WordPress post loads its reader on first use; a ninjs item its own', async () => {
    const wordpress = await requested(await load('wordpress-post-embed'));
    expect(wordpress.names.sort()).to.deep.equal(['format-helpers', 'wordpress-reader']);
    const ninjs = await requested(await load('ninjs-1'));
    expect(ninjs.names.sort()).to.deep.equal(['format-helpers', 'ninjs-reader']);
    expect(ninjs.el.shadowRoot!.querySelector('h1')!.textContent).to.equal('Summit in Astana ends with a railway deal');
  });
});
