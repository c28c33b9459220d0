// A server-rendered <news-feed> (renderToString with element: 'news-feed') in a real browser: the
// cards without JavaScript, then the CDN bundle taking the feed and its cards over with nothing
// moving, More and link clicks working afterwards.
import { expect, waitUntil } from '@open-wc/testing';
import { page } from './fixtures/frames.js';
import { serverRender, shadow, text, upgrade, visible } from './fixtures/server-frames.js';

const story = (n: number) => ({
  headline: `Story ${n} from Astana`,
  url: `/stories/${n}`,
  description: `The ${n}th story.`,
  datePublished: '2025-06-17',
  image: { url: '/test/fixtures/hero.svg', alt: '', width: 1200, height: 675 },
});
const FEED = { items: [1, 2, 3].map(story) };

const cards = (feed: Element) => [...shadow(feed).querySelectorAll('news-card')];
const headlines = (feed: Element) => cards(feed).map((card) => text(shadow(card).querySelector('[part~="headline"]')));

describe('a server-rendered <news-feed>', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('shows its heading and cards without JavaScript, each headline a link', async () => {
    const frame = await page(await serverRender(FEED, { element: 'news-feed', lang: 'de' }), { scripts: false });
    const feed = frame.contentDocument!.querySelector('news-feed')!;
    expect(text(shadow(feed).querySelector('h2[part~="heading"]'))).to.equal('Neueste Artikel');
    expect(headlines(feed)).to.deep.equal(FEED.items.map((item) => item.headline));
    const links = cards(feed).map((card) => shadow(card).querySelector('a[part~="link"]')!);
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['/stories/1', '/stories/2', '/stories/3']);
    expect(links.every(visible)).to.equal(true);
    // The light-DOM copy (for parsers) lists the same links and is never shown beside the shadow root.
    const copy = [...feed.querySelectorAll(':scope > ul a')];
    expect(copy.map((a) => a.getAttribute('href'))).to.deep.equal(['/stories/1', '/stories/2', '/stories/3']);
    expect(copy.every((a) => a.getClientRects().length === 0)).to.equal(true);
  });

  for (const width of [412, 1350]) {
    it(`is taken over by the CDN bundle at ${width} px: same nodes, nothing shifted, one news-load`, async () => {
      const html = await serverRender(FEED, { element: 'news-feed', limit: 2, layout: 'list' });
      const frame = await page(html, { width });
      const before = cards(frame.contentDocument!.querySelector('news-feed')!);
      const { win, doc, before: boxes, after } = await upgrade(frame);
      const feed = doc.querySelector('news-feed') as HTMLElement & { hasUpdated: boolean };
      expect(feed.hasUpdated, 'upgraded').to.equal(true);
      expect(cards(feed)).to.deep.equal(before);
      expect(cards(feed).every((card) => (card as HTMLElement & { hasUpdated: boolean }).hasUpdated)).to.equal(true);
      expect([...after].filter(([node, box]) => boxes.has(node) && boxes.get(node) !== box)).to.deep.equal([]);
      expect([...boxes.keys()].filter((node) => !node.isConnected)).to.deep.equal([], 'no server node replaced');
      expect(win.shifts).to.deep.equal([]);
      expect(win.events.map((e) => [e.type, (e.target as Element).localName])).to.deep.equal([
        ['news-load', 'news-feed'],
      ]);
      expect(win.logged).to.deep.equal([]);
    });
  }

  it('works once taken over: More shows the next card, and a click reports the card’s position', async () => {
    const frame = await page(await serverRender(FEED, { element: 'news-feed', limit: 2 }));
    const { win, doc } = await upgrade(frame);
    const feed = doc.querySelector('news-feed')!;
    expect(headlines(feed)).to.deep.equal(['Story 1 from Astana', 'Story 2 from Astana']);
    shadow(feed).querySelector<HTMLButtonElement>('[part~="more"]')!.click();
    await waitUntil(() => cards(feed).length === 3, 'More showed nothing');
    expect(text(shadow(feed).querySelector('[role="status"]'))).to.equal('Articles added: 1');
    const clicks: CustomEvent[] = [];
    doc.addEventListener('news-link-click', (event) => {
      clicks.push(event as CustomEvent);
      event.preventDefault();
    });
    await waitUntil(() => cards(feed)[2].shadowRoot!.querySelector('a'), 'the new card did not render');
    cards(feed)[2].shadowRoot!.querySelector('a')!.click();
    await waitUntil(() => clicks.length > 0, 'no news-link-click', { timeout: 5000 });
    expect(clicks[0].detail).to.include({ kind: 'headline', position: 2 });
    expect(clicks[0].detail.url).to.equal(new URL('/stories/3', doc.baseURI).href);
    expect(win.logged).to.deep.equal([]);
  });
});
