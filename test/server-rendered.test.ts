// Server output (renderToString, from the built lib/) in a real browser, in a frame of its own:
// what a reader without JavaScript sees, and the CDN bundle taking it over with nothing moving.
import { expect, waitUntil } from '@open-wc/testing';
import { full, seed } from './fixtures/articles.js';
import type { Article } from '../src/types.js';
import { page } from './fixtures/frames.js';
import { serverRender, shadow, text, upgrade, visible, type FrameWindow } from './fixtures/server-frames.js';

describe('server-rendered elements', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('show the article without JavaScript: headline, body, key points, tags and related links', async () => {
    const frame = await page(await serverRender(seed), { scripts: false });
    const doc = frame.contentDocument!;
    const article = doc.querySelector('news-article')!;
    expect(customElements.get.call(frame.contentWindow!.customElements, 'news-article')).to.equal(undefined);
    const root = shadow(article);
    expect(text(root.querySelector('h1'))).to.equal(seed.headline);
    expect(visible(root.querySelector('h1'))).to.equal(true);
    const paragraphs = [...root.querySelectorAll('[part~="body"] p')];
    expect(paragraphs.map(text)).to.deep.equal((seed.articleBody as string).split('\n\n'));
    expect(paragraphs.every(visible)).to.equal(true);
    const keyPoints = shadow(root.querySelector('news-key-points'));
    expect([...keyPoints.querySelectorAll('li')].map(text)).to.deep.equal(seed.keyPoints);
    expect([...shadow(root.querySelector('news-tags')).querySelectorAll('li')].map(text)).to.deep.equal(seed.tags);
    const links = [...shadow(root.querySelector('news-related')).querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(seed.related!.map((r) => r.url));
    expect(links.every(visible)).to.equal(true);
    // The light-DOM copy is for parsers: never shown beside the shadow root.
    expect(article.querySelector(':scope > article')!.getClientRects().length).to.equal(0);
  });

  it('show every element without JavaScript, each its own slice', async () => {
    const elements = ['news-card', 'news-tags', 'news-key-points', 'news-related'];
    const html = await Promise.all(elements.map((element) => serverRender(full, { element })));
    const doc = (await page(html.join(''), { scripts: false })).contentDocument!;
    const [card, tags, keyPoints, related] = elements.map((tag) => shadow(doc.querySelector(tag)));
    expect(card.querySelector('a[part~="link"]')!.getAttribute('href')).to.equal(full.url);
    expect(visible(card.querySelector('[part~="headline"]'))).to.equal(true);
    expect(tags.querySelectorAll('[part~="tag"]').length).to.equal(full.tags!.length);
    expect([...keyPoints.querySelectorAll('li')].map(text)).to.deep.equal(full.keyPoints);
    expect(related.querySelectorAll('a').length).to.equal(full.related!.length);
  });

  for (const width of [412, 1350]) {
    it(`are taken over by the CDN bundle at ${width} px: same nodes, nothing shifted, one news-load`, async () => {
      const article: Article = { ...full, bodyHtml: '<p>An <em>HTML</em> body.</p><blockquote>A quote.</blockquote>' };
      const html = await serverRender(article, { timeZone: 'Pacific/Kiritimati', tagHref: '/topics/{slug}' });
      // The reader's page is German and far from Kiritimati: the element keeps what the server wrote.
      const frame = await page(html, { width, lang: 'de' });
      const h1 = shadow(frame.contentDocument!.querySelector('news-article')).querySelector('h1');
      const date = text(shadow(frame.contentDocument!.querySelector('news-article')).querySelector('time'));
      const { win, doc, before, after } = await upgrade(frame);
      const el = doc.querySelector('news-article') as HTMLElement & { hasUpdated: boolean };
      expect(el.hasUpdated, 'upgraded').to.equal(true);
      expect(shadow(el).querySelector('h1')).to.equal(h1);
      expect(text(shadow(el).querySelector('time'))).to.equal(date);
      expect(date)
        .to.contain('2024')
        .and.to.match(/GMT\+14|\+14/);
      expect([...after].filter(([node, box]) => before.has(node) && before.get(node) !== box)).to.deep.equal([]);
      expect([...before.keys()].filter((node) => !node.isConnected)).to.deep.equal([], 'no server node replaced');
      expect(win.shifts).to.deep.equal([]);
      expect(win.events.map((e) => e.type)).to.deep.equal(['news-load']);
      expect(win.logged).to.deep.equal([]);
      const chunks = win.performance.getEntriesByType('resource').map((entry) => entry.name);
      expect(
        chunks.some((name) => name.includes('/body-html-')),
        'no sanitizer for a server-sanitized body',
      ).to.equal(false);
    });
  }

  it('behave as client-rendered ones once taken over: an impression, link clicks, a new article', async () => {
    const frame = await page(await serverRender(full));
    frame.scrollIntoView();
    const impressions: CustomEvent[] = [];
    frame.contentDocument!.addEventListener('news-impression', (event) => impressions.push(event as CustomEvent));
    const { win, doc } = await upgrade(frame);
    const el = doc.querySelector('news-article') as HTMLElement & { article: unknown };
    await waitUntil(() => impressions.length === 1, 'no news-impression', { timeout: 5000 });
    expect(impressions[0].detail.article.headline).to.equal(full.headline);
    const link = shadow(shadow(el).querySelector('news-related')).querySelector('a')!;
    const clicks: CustomEvent[] = [];
    doc.addEventListener('news-link-click', (event) => {
      clicks.push(event as CustomEvent);
      event.preventDefault();
    });
    await waitUntil(() => (link.click(), clicks.length > 0), 'no news-link-click', { timeout: 5000 });
    expect(clicks[0].detail.kind).to.equal('related');
    expect(clicks[0].detail.url).to.equal(new URL(full.related![0].url, doc.baseURI).href);
    el.article = { ...seed };
    await waitUntil(() => win.events.length === 2, 'no news-load for the new article');
    expect(text(shadow(el).querySelector('h1'))).to.equal(seed.headline);
    expect(win.logged).to.deep.equal([]);
  });

  it('are taken over even when an async bundle runs before the page is parsed', async () => {
    await fetch('/dist/news-article.min.js'); // in the cache, so it runs while the parser is held
    const html = await serverRender(full);
    const frame = document.createElement('iframe');
    frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8">
      <script>
        window.events = []; window.logged = [];
        document.addEventListener('news-load', (e) => events.push(e.type));
        for (const level of ['error', 'warn']) console[level] = (...args) => logged.push(args.join(' '));
        document.addEventListener('DOMContentLoaded', () => {
          window.h1 = document.querySelector('news-article').shadowRoot.querySelector('h1');
        });
      </script>
      <script type="module" async src="/dist/news-article.min.js"></script>
      <script src="/api/blocking-script?ms=600"></script></head><body>${html}</body></html>`;
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    await loaded;
    const win = frame.contentWindow as FrameWindow & { h1: Element; logged: string[] };
    await waitUntil(() => win.events.length > 0, 'news-load did not come', { timeout: 8000 });
    const el = frame.contentDocument!.querySelector('news-article')!;
    expect(shadow(el).querySelector('h1')).to.equal(win.h1);
    expect(win.logged).to.deep.equal([]);
  });

  it('take over every element of a page, composed ones and an Arabic one included', async () => {
    const elements = ['news-card', 'news-tags', 'news-key-points', 'news-related'];
    const html = await Promise.all([
      serverRender(full, { lang: 'ar' }),
      ...elements.map((element) => serverRender(seed, { element, lang: 'de', tagHref: '/t/{slug}' })),
    ]);
    const frame = await page(html.join(''), { width: 1350 });
    const { win, before, after } = await upgrade(frame, 5);
    expect(win.events.map((e) => (e.target as Element).localName).sort()).to.deep.equal(
      ['news-article', ...elements].sort(),
    );
    expect([...after].filter(([node, box]) => before.has(node) && before.get(node) !== box)).to.deep.equal([]);
    expect(win.shifts).to.deep.equal([]);
    expect(win.logged).to.deep.equal([]);
  });
});
