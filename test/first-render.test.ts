// The first render of a client-side page with the CDN bundle: inline data renders with no request
// after the bundle, an English article on a German page loads no locales, and an article with an
// HTML body appears whole, once, instead of pushing its slices down when its body arrives.
import { expect, waitUntil } from '@open-wc/testing';
import { full } from './fixtures/articles.js';
import { chunks, page } from './fixtures/frames.js';

const BUNDLE = '<script type="module" src="/dist/news-article.min.js"></script>';
const json = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');
const attribute = (value: unknown) => json(value).replace(/'/g, '&#39;');
type Win = Window & { loads?: { chunks: string[] }[] };

/** A frame whose page records, at each news-load, the chunks requested so far. */
async function recorded(body: string, options: { lang?: string } = {}) {
  const head = `<script>
    window.loads = [];
    document.addEventListener('news-load', () => loads.push({
      chunks: performance.getEntriesByType('resource').map((e) => e.name.split('/').pop()),
    }));
  </script>${BUNDLE}`;
  const frame = await page(body, { ...options, head });
  return { frame, win: frame.contentWindow as Win };
}

describe('the first render on a client-side page', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('renders the article attribute and a child script with no request after the bundle', async () => {
    const { win } = await recorded(`
      <news-card article='${attribute(full)}'></news-card>
      <news-key-points><script type="application/json">${json(full)}</script></news-key-points>`);
    await waitUntil(() => win.loads!.length === 2, 'both elements did not load');
    // The analytics chunk is asked for as the first element finishes rendering, just before its
    // news-load (links and impressions need nothing sooner), so a news-load may list it: WebKit lists
    // a module from its memory cache (warm after test/bundle.test.ts) the moment it is asked for,
    // Chromium and Firefox only once it has arrived. No other chunk may come before a render.
    const analytics = /^analytics-[\w-]{8}\.min\.js$/;
    for (const { chunks: requested } of win.loads!) {
      const needed = requested.filter((name) => name.endsWith('.min.js') && !analytics.test(name));
      expect(needed).to.deep.equal(['news-article.min.js']);
    }
  });

  it('renders German cards with no request after the bundle: a card writes no words of its own', async () => {
    const german = { ...full, inLanguage: 'de', headline: 'Gipfel in Astana' };
    const { frame, win } = await recorded(
      `<news-card article='${attribute(german)}'></news-card><news-card article='${attribute(german)}'></news-card>`,
      { lang: 'de' },
    );
    await waitUntil(() => win.loads!.length === 2, 'the cards did not load');
    expect(win.loads!.flatMap((load) => load.chunks).some((name) => name.startsWith('locales-'))).to.equal(false);
    const card = frame.contentDocument!.querySelector('news-card')!;
    expect(card.shadowRoot!.querySelector('[part~="headline"]')!.textContent).to.equal('Gipfel in Astana');
    const date = new Intl.DateTimeFormat('de', { dateStyle: 'medium' }).format(new Date(full.datePublished!));
    expect(card.shadowRoot!.querySelector('time')!.textContent).to.equal(date);
    expect(card.shadowRoot!.querySelector('article')!.lang).to.equal('de');
    // Its error box does have words of its own: they come in German, with the locales' chunk.
    (card as HTMLElement & { article: unknown }).article = { headline: 42 };
    await waitUntil(() => card.shadowRoot!.querySelector('[part~="error"]'), 'no error box');
    expect(card.shadowRoot!.querySelector('[part~="error"] strong')!.textContent).to.equal(
      'Dieser Artikel kann nicht angezeigt werden.',
    );
  });

  it('loads no locales for an English article on a German page, set from a script later', async () => {
    const { frame, win } = await recorded('<news-card></news-card>', { lang: 'de' });
    const card = frame.contentDocument!.querySelector('news-card') as HTMLElement & {
      article: unknown;
      updateComplete: Promise<boolean>;
    };
    await frame.contentWindow!.customElements.whenDefined('news-card');
    await card.updateComplete; // rendered once with nothing to show yet, as while a fetch is pending
    card.article = full;
    await waitUntil(() => win.loads!.length === 1);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(chunks(frame)).to.not.include('locales');
    expect(card.shadowRoot!.querySelector('[part~="headline"]')!.textContent).to.equal(full.headline);
  });

  it('shows an article with an HTML body whole, once: never its slices without its body', async () => {
    const article = { ...full, articleBody: undefined, bodyHtml: '<p>One.</p><p>Two.</p>' };
    const frame = await page('<news-article><p>Loading the story…</p></news-article>', { head: BUNDLE });
    const doc = frame.contentDocument!;
    const el = doc.querySelector('news-article') as HTMLElement & { article: unknown };
    await frame.contentWindow!.customElements.whenDefined('news-article');
    const seen: number[] = [];
    new MutationObserver(() => {
      if (el.shadowRoot!.querySelector('h1')) seen.push(el.shadowRoot!.querySelectorAll('[part~="body"] p').length);
    }).observe(el.shadowRoot!, { childList: true, subtree: true });
    el.article = article;
    await waitUntil(() => el.shadowRoot!.querySelectorAll('[part~="body"] p').length === 2, 'no body', {
      timeout: 5000,
    });
    expect(seen.length).to.be.above(0);
    expect(
      seen.every((paragraphs) => paragraphs === 2),
      `body paragraphs as the article appeared: ${seen}`,
    ).to.equal(true);
    expect(chunks(frame)).to.include('body-html');
  });
});
