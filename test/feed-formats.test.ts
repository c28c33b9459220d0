// JSON Feed 1.1, RSS 2.0 and Atom 1.0 in <news-feed>, from fixtures written from each format's
// specification: what a reader sees on each card, the issues at their paths in the input, More
// following JSON Feed's `next_url` and Atom's `rel="next"`, and XML from `src` by its content type
// or its first character. Their reader is a chunk of the CDN bundle: a plain v1 feed never loads it.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import type { NewsFeed } from '../src/index.js';
import type { NormalizedArticle } from '../src/types.js';
import { chunks, page } from './fixtures/frames.js';
import { nextAnswer } from './helpers.js';

type FeedEvent = CustomEvent<{ articles?: NormalizedArticle[]; issues: { path: string; message: string }[] }>;

const FEEDS = '/test/fixtures/feeds/';
const HERO = '/test/fixtures/hero.svg';
/** A URL as the fetched feed's links come: resolved against the feed's own URL. */
const here = (path: string) => new URL(path, location.href).href;
/** The date a card shows, as this browser's Intl writes it (cards in English, in UTC here). */
const day = (iso: string) =>
  new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(iso));
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim();

const cards = (feed: Element) => [...feed.shadowRoot!.querySelectorAll('news-card')];

/** What a reader sees on each card: headline, link, description, date, image and publisher. */
function seen(feed: Element) {
  return cards(feed).map((card) => {
    const root = card.shadowRoot!;
    const time = root.querySelector('time');
    const img = root.querySelector<HTMLImageElement>('img[part~="image"]');
    return {
      headline: text(root.querySelector('[part~="headline"]')),
      href: root.querySelector('a[part~="link"]')?.getAttribute('href') ?? null,
      description: text(root.querySelector('[part~="description"]')) ?? null,
      date: time ? [time.getAttribute('datetime'), text(time)] : null,
      image: img ? [img.getAttribute('src'), img.alt] : null,
      publisher: text(root.querySelector('[part~="publisher"]')) ?? null,
    };
  });
}

/** A feed element, rendered, with its news-load (or news-error). */
async function mount(template: ReturnType<typeof html>): Promise<[NewsFeed, FeedEvent]> {
  const answered = nextAnswer(document) as Promise<unknown> as Promise<FeedEvent>;
  const el = await fixture<NewsFeed>(template);
  const event = await answered;
  await waitUntil(() => cards(el).every((card) => (card as HTMLElement & { hasUpdated: boolean }).hasUpdated));
  return [el, event];
}
const paths = (event: FeedEvent) => event.detail.issues.map((issue) => `${issue.path}: ${issue.message}`);

/** More, and the cards once `count` show. */
async function more(el: NewsFeed, count: number) {
  el.shadowRoot!.querySelector<HTMLElement>('[part~="more"]')!.click();
  await waitUntil(() => cards(el).length === count, 'the next page did not come');
  await waitUntil(() => cards(el).every((card) => (card as HTMLElement & { hasUpdated: boolean }).hasUpdated));
  return seen(el);
}

describe('JSON Feed 1.1', () => {
  const jsonFeed = async () => (await fetch(`${FEEDS}json-feed.json`)).json();

  it('set as articles: title, url (else external_url), summary (else content_html as text), image, date', async () => {
    const [el, event] = await mount(html`<news-feed time-zone="UTC" .articles=${await jsonFeed()}></news-feed>`);
    expect(event.type).to.equal('news-load');
    expect(seen(el)).to.deep.equal([
      {
        headline: 'Summit in Astana ends with a railway deal',
        href: 'https://example.com/2025/06/17/rail-deal',
        description: 'Leaders of five Central Asian states and China signed the agreement on the last day.',
        date: ['2025-06-17T09:30:00+05:00', day('2025-06-17T09:30:00+05:00')],
        image: [HERO, ''],
        publisher: null,
      },
      {
        headline: 'Markets rally on the rail news',
        href: 'https://elsewhere.example/markets',
        description: 'Shares in rail builders rose in early trading & bonds were flat. More – later.',
        date: ['2025-06-18T23:30:00-04:00', day('2025-06-18T23:30:00-04:00')],
        image: [HERO, ''],
        publisher: null,
      },
      {
        headline: 'Exchange opens in Almaty',
        href: null,
        description: 'Trading starts at ten.',
        date: null,
        image: null,
        publisher: null,
      },
    ]);
    // Two dates in the same browser's Intl: the second is already 19 June in UTC.
    expect(day('2025-06-18T23:30:00-04:00')).to.not.equal(day('2025-06-18T12:00:00Z'));
    const [first, second] = event.detail.articles!;
    expect(first.authors).to.deep.equal([{ name: 'Aigerim Bekova', url: 'https://example.com/authors/aigerim' }]);
    expect(second.authors, "the feed's authors").to.deep.equal([
      { name: 'Steppe Courier desk', url: 'https://example.com/desk' },
    ]);
    expect([first.tags.map((tag) => tag.name), first.inLanguage, second.inLanguage]).to.deep.equal([
      ['Rail', 'Diplomacy'],
      'en',
      'en-GB',
    ]);
    expect(first.dateModified?.iso).to.equal('2025-06-17T12:05:00+05:00');
    expect(first.bodyHtml, 'no content as a body: the feed shows cards').to.equal(undefined);
    expect(paths(event)).to.deep.equal([
      'items[2].title: required: a non-empty string',
      'items[3].date_published: not an ISO 8601 date; ignored',
      'items[3].url: not an http(s) or relative URL; dropped',
      'items[3].authors[0].name: missing; item ignored',
    ]);
    await expect(el).to.be.accessible();
  });

  it('from src, More requests next_url (relative to the feed) and appends its items', async () => {
    const [el] = await mount(html`<news-feed src=${`${FEEDS}json-feed.json`}></news-feed>`);
    expect(cards(el)).to.have.length(3);
    const after = await more(el, 4);
    expect(after[3].headline).to.equal('Rail link to reach the Caspian');
    expect(el.shadowRoot!.querySelector('[part~="more"]'), 'the last page has no next_url').to.equal(null);
  });
});

describe('RSS 2.0', () => {
  const expected = (image: (path: string) => string) => [
    {
      headline: 'Summit in Astana ends with a railway deal',
      href: 'https://example.com/2025/06/17/rail-deal',
      description:
        'Leaders of five Central Asian states and China signed the agreement & a fund. The route runs through Kyrgyzstan.',
      date: ['2025-06-17T09:30:00Z', day('2025-06-17T09:30:00Z')],
      // The widest media:content, with its media:description as the alt text.
      image: [image(HERO), 'Delegates shake hands in a hall hung with flags'],
      publisher: null,
    },
    {
      headline: 'Markets rally on the rail news & bonds hold',
      href: 'https://example.com/2025/06/18/markets',
      description: 'Shares in rail builders rose in early trading.',
      date: ['2025-06-18T22:15:00-04:00', day('2025-06-18T22:15:00-04:00')],
      // The image enclosure; the audio one is no image, and no issue.
      image: [image(HERO), ''],
      publisher: null,
    },
    {
      headline: 'Exchange opens in Almaty',
      href: 'https://example.com/2025/06/19/exchange',
      description: null,
      date: null,
      image: [image(HERO), ''],
      publisher: 'Agency Wire',
    },
  ];
  const issues = [
    'channel.item[2].title: required: a non-empty string',
    'channel.item[3].pubDate: not an RFC 822 date; ignored',
  ];

  it('from src (application/xml): title, link, description as text, pubDate, media:content, enclosure, source', async () => {
    const [el, event] = await mount(html`<news-feed time-zone="UTC" src=${`${FEEDS}rss.xml`}></news-feed>`);
    expect(event.type).to.equal('news-load');
    // The fetched feed's relative URLs are relative to the feed.
    expect(seen(el)).to.deep.equal(expected(here));
    expect(paths(event)).to.deep.equal(issues);
    const [first, second] = event.detail.articles!;
    expect(first.image).to.include({ width: 1200, height: 675 });
    expect([first.authors, second.authors]).to.deep.equal([[{ name: 'Aigerim Bekova' }], [{ name: 'Chen Li' }]]);
    expect(first.tags.map((tag) => tag.name)).to.deep.equal(['Rail', 'Diplomacy']);
    expect(first.inLanguage).to.equal('en-gb');
    expect(day('2025-06-18T22:15:00-04:00'), 'the offset moves it to the next day in UTC').to.equal(
      day('2025-06-19T02:15:00Z'),
    );
    await expect(el).to.be.accessible();
  });

  it('set as articles, as text: the same cards, its URLs as written', async () => {
    const rss = await (await fetch(`${FEEDS}rss.xml`)).text();
    const [el, event] = await mount(html`<news-feed time-zone="UTC" .articles=${rss}></news-feed>`);
    expect(seen(el)).to.deep.equal(expected((path) => path));
    expect(paths(event)).to.deep.equal(issues);
  });

  it('from src as application/rss+xml, and as text/plain starting with <', async () => {
    for (const type of ['application/rss+xml', 'text/plain']) {
      const src = `/api/feed-file?name=rss.xml&type=${encodeURIComponent(type)}`;
      const [el, event] = await mount(html`<news-feed src=${src}></news-feed>`);
      expect(event.type, type).to.equal('news-load');
      expect(cards(el), type).to.have.length(3);
    }
  });

  it('XML that is not well-formed: an error naming the URL, with Retry', async () => {
    const [el, event] = await mount(html`<news-feed src="/api/invalid-xml"></news-feed>`);
    expect(event.type).to.equal('news-error');
    expect(event.detail.issues[0]).to.include({
      path: 'src',
      message: 'the response from /api/invalid-xml is not valid XML',
    });
    expect(text(el.shadowRoot!.querySelector('[role="alert"]'))).to.include('not valid XML');
    expect(el.shadowRoot!.querySelector('[part~="retry"]')).to.not.equal(null);
    const [, wrong] = await mount(html`<news-feed .articles=${'<html><body>Not a feed</body></html>'}></news-feed>`);
    expect(wrong.type).to.equal('news-error');
    expect(paths(wrong)).to.deep.equal(['$: expected an RSS 2.0 or Atom 1.0 feed, not <html>']);
  });
});

describe('Atom 1.0', () => {
  it('from src: xml:base, text constructs as text, published/updated, authors, categories, an enclosure, More by rel=next', async () => {
    const [el, event] = await mount(html`<news-feed time-zone="UTC" src=${`${FEEDS}atom.xml`}></news-feed>`);
    expect(event.type).to.equal('news-load');
    expect(seen(el)).to.deep.equal([
      {
        headline: 'Summit in Astana ends with a railway deal & a fund',
        href: 'https://example.com/news/2025/06/17/rail-deal',
        description: 'Leaders of five Central Asian states and China signed the agreement.',
        date: ['2025-06-17T09:30:00+05:00', day('2025-06-17T09:30:00+05:00')],
        image: null,
        publisher: null,
      },
      {
        headline: 'Биржа открылась в Алматы',
        href: 'https://example.com/ru/exchange',
        description: 'Торги начались в 10:00. Курс & объёмы — позже.',
        date: ['2025-06-18T23:30:00-04:00', day('2025-06-18T23:30:00-04:00')],
        image: [here(HERO), ''],
        publisher: null,
      },
      {
        headline: 'Rail link to reach the Caspian',
        // The entry's relative xml:base, against the feed's URL.
        href: here('/world/caspian'),
        description: 'Plain text: a <summary> stays as written.',
        date: ['2025-06-16T10:00:00Z', day('2025-06-16T10:00:00Z')],
        image: null,
        publisher: null,
      },
      {
        headline: 'A link that is not http',
        href: null,
        description: null,
        date: null,
        image: null,
        publisher: null,
      },
    ]);
    const [first, second, third] = event.detail.articles!;
    expect(first.authors).to.deep.equal([{ name: 'Aigerim Bekova', url: 'https://example.com/authors/aigerim' }]);
    expect(second.authors, "the feed's author").to.deep.equal([
      { name: 'Steppe Courier desk', url: 'https://example.com/desk' },
    ]);
    expect(third.authors).to.deep.equal([{ name: 'Chen Li' }]);
    expect(first.tags.map((tag) => tag.name)).to.deep.equal(['Rail & Transport', 'diplomacy']);
    expect([first.dateModified?.iso, second.dateModified]).to.deep.equal(['2025-06-17T12:05:00+05:00', undefined]);
    expect([first.inLanguage, second.inLanguage]).to.deep.equal(['en-GB', 'ru']);
    expect(cards(el)[1].shadowRoot!.querySelector('article')!.getAttribute('lang')).to.equal('ru');
    expect(paths(event)).to.deep.equal([
      'entry[3].updated: not an ISO 8601 date; ignored',
      'entry[3].link@href: not an http(s) or relative URL; dropped',
    ]);

    const after = await more(el, 5);
    expect(after[4].headline).to.equal('Older: the route is agreed');
    expect(el.shadowRoot!.activeElement).to.equal(el.shadowRoot!.querySelectorAll('li')[4]);
    expect(el.shadowRoot!.querySelector('[part~="more"]'), 'the last page has no rel=next').to.equal(null);
  });

  it('set as articles, as a parsed Document: relative xml:base alone gives a path from the root', async () => {
    const atom = await (await fetch(`${FEEDS}atom.xml`)).text();
    const doc = new DOMParser().parseFromString(atom, 'application/xml');
    const [el] = await mount(html`<news-feed .articles=${doc}></news-feed>`);
    expect(seen(el).map((card) => card.href)).to.deep.equal([
      'https://example.com/news/2025/06/17/rail-deal',
      'https://example.com/ru/exchange',
      '/world/caspian',
      null,
    ]);
    expect(seen(el)[1].image).to.deep.equal([HERO, '']);
  });
});

describe('the feed formats reader in the CDN bundle', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));
  const BUNDLE = '<script type="module" src="/dist/news-article.min.js"></script>';

  /** A page with the bundle and a <news-feed> given `articles`: the chunks it asked for once it rendered. */
  async function requested(articles: unknown) {
    const frame = await page('<news-feed></news-feed>', { head: BUNDLE });
    const win = frame.contentWindow! as Window & typeof globalThis;
    await win.customElements.whenDefined('news-feed');
    const el = frame.contentDocument!.querySelector('news-feed') as HTMLElement & { articles: unknown };
    const loaded = oneEvent(el, 'news-load');
    el.articles = articles;
    await loaded;
    await waitUntil(() => el.shadowRoot!.querySelector('news-card'), 'no card');
    return chunks(frame);
  }

  it('a plain v1 feed asks for no feed formats chunk; an RSS feed loads it on first use', async () => {
    const v1 = await requested([{ headline: 'Story 1', url: '/stories/1' }]);
    expect(v1).to.include('feed-view');
    expect(v1).to.not.include('feed-formats');
    expect(v1).to.not.include('format-helpers');
    const rss = await requested(await (await fetch(`${FEEDS}rss.xml`)).text());
    expect(rss).to.include.members(['feed-formats', 'format-helpers']);
  });
});
