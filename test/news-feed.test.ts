// <news-feed>: the seed page's "Latest" list, from every way in, with More, its pages and what a
// reader and a publisher's analytics see.
import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import type { NewsFeed } from '../src/index.js';
import type { NormalizedArticle } from '../src/types.js';
import { seed } from './fixtures/articles.js';
import { nextAnswer } from './helpers.js';

type FeedLoad = CustomEvent<{ articles: NormalizedArticle[]; issues: { path: string; message: string }[] }>;

const cards = (feed: Element) => [...feed.shadowRoot!.querySelectorAll('news-card')];
/** The headline each card shows, in order. */
const headlines = (feed: Element) =>
  cards(feed).map((card) => card.shadowRoot?.querySelector('[part~="headline"]')?.textContent?.trim());
const $ = (feed: Element, selector: string) => feed.shadowRoot!.querySelector<HTMLElement>(selector);
const story = (n: number) => ({ headline: `Story ${n}`, url: `/stories/${n}` });

/** A feed element, rendered, with its news-load (or news-error). */
async function mount(template: ReturnType<typeof html>): Promise<[NewsFeed, FeedLoad]> {
  const answered = nextAnswer(document) as Promise<unknown> as Promise<FeedLoad>;
  const el = await fixture<NewsFeed>(template);
  const event = await answered;
  await waitUntil(() => cards(el).every((card) => (card as HTMLElement & { hasUpdated: boolean }).hasUpdated));
  return [el, event];
}

describe('<news-feed>', () => {
  it('renders a "Latest" heading and one card per valid article, in order, skipping and naming the invalid', async () => {
    const articles = [story(1), { headline: '' }, seed, story(4)];
    const [el, event] = await mount(html`<news-feed .articles=${articles}></news-feed>`);
    expect(event.type).to.equal('news-load');
    expect($(el, 'h2[part~="heading"]')!.textContent).to.equal('Latest');
    // A section with no name: not a landmark, so that several feeds never make landmarks of one name.
    expect($(el, 'section')!.hasAttribute('aria-labelledby')).to.equal(false);
    expect(headlines(el)).to.deep.equal(['Story 1', seed.headline, 'Story 4']);
    expect(cards(el).map((card) => card.getAttribute('heading-level'))).to.deep.equal(['3', '3', '3']);
    const link = cards(el)[0].shadowRoot!.querySelector('a')!;
    expect(link.getAttribute('href')).to.equal('/stories/1');
    expect(event.detail.articles.map((a) => a.headline)).to.deep.equal(['Story 1', seed.headline, 'Story 4']);
    expect(event.detail.issues.map((i) => i.path)).to.deep.equal(['[1].headline']);
    await expect(el).to.be.accessible();
  });

  it('reads a child JSON script, the articles attribute, {items, next} from src, and a schema.org ItemList (in a @graph too)', async () => {
    const script = Object.assign(document.createElement('script'), {
      type: 'application/json',
      textContent: JSON.stringify([story(1), story(2)]),
    });
    const withScript = document.createElement('news-feed');
    withScript.append(script);
    const [fromScript] = await mount(html`${withScript}`);
    expect(headlines(fromScript)).to.deep.equal(['Story 1', 'Story 2']);

    const [fromAttribute] = await mount(html`<news-feed articles=${JSON.stringify([story(3)])}></news-feed>`);
    expect(headlines(fromAttribute)).to.deep.equal(['Story 3']);

    const [fromSrc] = await mount(html`<news-feed src=${'/api/feed?pages=1&size=2'}></news-feed>`);
    expect(headlines(fromSrc)).to.deep.equal(['Story 1', 'Story 2']);

    const itemList = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebPage', name: 'Home' },
        {
          '@type': 'ItemList',
          itemListElement: [
            {
              '@type': 'ListItem',
              position: 1,
              item: { '@type': 'NewsArticle', headline: 'From JSON-LD', url: '/ld' },
            },
            { '@type': 'NewsArticle', headline: 'A bare node', mainEntityOfPage: '/bare' },
            { '@type': 'ListItem', position: 3, url: '/no-article' },
          ],
        },
      ],
    };
    const [fromLd, event] = await mount(html`<news-feed .articles=${itemList}></news-feed>`);
    expect(headlines(fromLd)).to.deep.equal(['From JSON-LD', 'A bare node']);
    expect(event.detail.issues[0].path).to.equal('@graph[1].itemListElement[2]');
  });

  it('renders nothing for an empty feed, and an error naming $ for input that is no list', async () => {
    const [empty, loaded] = await mount(html`<news-feed .articles=${[]}></news-feed>`);
    expect(loaded.type).to.equal('news-load');
    expect(empty.shadowRoot!.querySelector('section, [role="alert"]')).to.equal(null);
    const [wrong, failed] = await mount(html`<news-feed .articles=${seed}></news-feed>`);
    expect(failed.type).to.equal('news-error');
    expect(failed.detail.issues[0].path).to.equal('$');
    expect($(wrong, '[role="alert"]')!.textContent).to.include('expected a list of articles');
  });

  it('refuses a hostile list (a throwing proxy) as a whole, with an error naming $, and throws nothing', async () => {
    const hostile = new Proxy([story(1)], {
      get: (target, key) => {
        if (key === 'slice') throw new Error('hostile');
        return Reflect.get(target, key);
      },
    });
    const [el, event] = await mount(html`<news-feed .articles=${hostile}></news-feed>`);
    expect(event.type).to.equal('news-error');
    expect(event.detail.issues[0]).to.include({ path: '$', message: 'the feed could not be read' });
    expect($(el, '[role="alert"]')).to.not.equal(null);
  });

  it('several feeds on a page make no landmarks of one name, each under its own heading', async () => {
    const box = await fixture<HTMLElement>(
      html`<div>
        <news-feed .articles=${[story(1), story(2)]}></news-feed>
        <news-feed .articles=${[story(3)]} .labels=${{ latest: 'Sport' }}></news-feed>
        <news-feed .articles=${[story(4)]}></news-feed>
      </div>`,
    );
    const feeds = [...box.children] as NewsFeed[];
    await waitUntil(() => feeds.every((feed) => cards(feed).length), 'the feeds did not render');
    expect(feeds.map((feed) => $(feed, 'h2[part~="heading"]')!.textContent)).to.deep.equal([
      'Latest',
      'Sport',
      'Latest',
    ]);
    await expect(box).to.be.accessible();
  });

  it('renders, without More, a feed whose next page cannot be resolved (a page based on about:blank)', async () => {
    const base = Object.assign(document.createElement('base'), { href: 'about:blank' });
    document.head.prepend(base);
    try {
      const feed = { items: [story(1)], next: 'page-2.json' };
      const [el, event] = await mount(html`<news-feed .articles=${feed}></news-feed>`);
      expect(event.type).to.equal('news-load');
      expect(headlines(el)).to.deep.equal(['Story 1']);
      expect($(el, '[part~="more"]')).to.equal(null);
    } finally {
      base.remove();
    }
  });

  it('shows limit cards; More shows the next ones, focuses the first new card and says how many came', async () => {
    const articles = [1, 2, 3, 4, 5].map(story);
    const [el] = await mount(html`<news-feed limit="2" .articles=${articles}></news-feed>`);
    expect(headlines(el)).to.deep.equal(['Story 1', 'Story 2']);
    $(el, '[part~="more"]')!.click();
    await waitUntil(() => cards(el).length === 4);
    await el.updateComplete;
    const items = el.shadowRoot!.querySelectorAll('li');
    expect(el.shadowRoot!.activeElement).to.equal(items[2]);
    expect($(el, '[role="status"]')!.textContent).to.equal('Articles added: 2');
    $(el, '[part~="more"]')!.click();
    await waitUntil(() => cards(el).length === 5);
    expect($(el, '[part~="more"]'), 'no More when all show').to.equal(null);
    expect($(el, '[role="status"]')!.textContent).to.equal('Articles added: 1');
  });

  it('requests the next page with More (next resolved against src), appending it', async () => {
    const [el] = await mount(html`<news-feed src=${'/api/feed?pages=3&size=2'}></news-feed>`);
    expect(headlines(el)).to.deep.equal(['Story 1', 'Story 2']);
    $(el, '[part~="more"]')!.click();
    await waitUntil(() => cards(el).length === 4, 'the second page did not come');
    await waitUntil(() => headlines(el)[3] === 'Story 4');
    expect(el.shadowRoot!.activeElement).to.equal(el.shadowRoot!.querySelectorAll('li')[2]);
    $(el, '[part~="more"]')!.click();
    await waitUntil(() => cards(el).length === 6);
    await el.updateComplete;
    expect($(el, '[part~="more"]'), 'the last page has no next').to.equal(null);
  });

  it('keeps what it shows when a page fails, with Retry beside More', async () => {
    const key = Math.random().toString(36).slice(2);
    const [el] = await mount(html`<news-feed src=${`/api/feed?pages=2&size=2&fail=2&key=${key}`}></news-feed>`);
    $(el, '[part~="more"]')!.click();
    await waitUntil(() => $(el, '[part~="retry"]'), 'no Retry after a failed page');
    expect(headlines(el)).to.deep.equal(['Story 1', 'Story 2']);
    expect($(el, '[role="alert"]')!.textContent).to.include('HTTP 503');
    $(el, '[part~="retry"]')!.click();
    await waitUntil(() => cards(el).length === 4, 'Retry did not bring the page');
    expect($(el, '[part~="retry"]')).to.equal(null);
  });

  it('reports each card’s impression and link click with its position; the feed itself has none', async () => {
    const impressions: CustomEvent[] = [];
    const record = (event: Event) => impressions.push(event as CustomEvent);
    document.addEventListener('news-impression', record);
    try {
      const [el] = await mount(html`<news-feed .articles=${[story(1), story(2)]}></news-feed>`);
      await waitUntil(() => impressions.length === 2, 'no impressions', { timeout: 4000 });
      const details = impressions.map((event) => [event.detail.article.headline, event.detail.position]);
      expect(details.sort()).to.deep.equal([
        ['Story 1', 0],
        ['Story 2', 1],
      ]);
      const link = cards(el)[1].shadowRoot!.querySelector('a')!;
      const clicked = oneEvent(el, 'news-link-click');
      link.addEventListener('click', (event) => event.preventDefault(), { once: true });
      link.click();
      const { detail } = await clicked;
      expect([detail.article.headline, detail.position, detail.kind]).to.deep.equal(['Story 2', 1, 'headline']);
      await aTimeout(1200);
      expect(impressions).to.have.length(2);
    } finally {
      document.removeEventListener('news-impression', record);
    }
  });

  it('writes its heading in the reader’s language or from labels, and takes heading-level and layout', async () => {
    const [de] = await mount(html`<news-feed lang="de" .articles=${[story(1)]}></news-feed>`);
    expect($(de, '[part~="heading"]')!.textContent).to.equal('Neueste Artikel');
    const [custom] = await mount(
      html`<news-feed
        heading-level="3"
        layout="list"
        .labels=${{ latest: 'Mehr aus Astana' }}
        .articles=${[story(1), story(2)]}
      ></news-feed>`,
    );
    expect($(custom, 'h3[part~="heading"]')!.textContent).to.equal('Mehr aus Astana');
    expect(cards(custom)[0].getAttribute('heading-level')).to.equal('4');
    const [a, b] = cards(custom).map((card) => card.getBoundingClientRect());
    expect(b.top, 'list: one card a row').to.be.greaterThan(a.bottom - 1);
  });

  it('lays cards out in columns that fit (grid) and reads at most 100 items a page', async () => {
    const articles = Array.from({ length: 105 }, (_, i) => story(i + 1));
    const [el, event] = await mount(html`<news-feed style="width: 1000px" .articles=${articles}></news-feed>`);
    expect(cards(el)).to.have.length(100);
    expect(event.detail.issues.at(-1)!.message).to.include('more than 100 items');
    const [first, second] = cards(el).map((card) => card.getBoundingClientRect());
    expect(second.top, 'side by side').to.equal(first.top);
  });
});
