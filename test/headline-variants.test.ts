// Headline testing: which wording a reader sees (`headline-variant`), that it stays the same for a
// reader, that wordings are equally frequent over many readers, and that the publisher's analytics
// hear which one was shown while search engines keep the canonical headline.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import type { NewsArticle, NewsCard, NewsFeed } from '../src/index.js';
import { normalizeArticle } from '../src/pipeline/normalize.js';
import { READER_KEY, chooseVariant } from '../src/internal/variant.js';
import { seed } from './fixtures/articles.js';
import { nextAnswer } from './helpers.js';

// The seed carries five wordings of one headline (the page's repeated one dropped).
const wordings = [seed.headline, ...new Set(seed.alternativeHeadline as string[])].filter(
  (wording, i, all) => all.findIndex((other) => other.toLowerCase() === wording.toLowerCase()) === i,
);
const shown = (el: Element) => el.shadowRoot!.querySelector('[part~="headline"]')!.textContent!.trim();

async function card(attributes: string, article: object = seed): Promise<[NewsCard, CustomEvent]> {
  const el = document.createElement('news-card') as NewsCard;
  for (const [name, value] of attributes
    .split(' ')
    .filter(Boolean)
    .map((pair) => pair.split('='))) {
    el.setAttribute(name, value);
  }
  el.article = article;
  const loaded = nextAnswer(document);
  await fixture(html`${el}`);
  return [el, (await loaded) as CustomEvent];
}

describe('headline variants', () => {
  afterEach(() => localStorage.removeItem(READER_KEY));

  it('shows the wording a number picks (0 the headline, 1… the distinct alternatives), and says so in news-load', async () => {
    expect(wordings.length).to.equal(5);
    for (const [index, wording] of wordings.entries()) {
      const [el, event] = await card(`headline-variant=${index}`);
      expect(shown(el)).to.equal(wording);
      expect(event.detail.variant).to.deep.equal({ index, headline: wording });
    }
    const [outOfRange, event] = await card('headline-variant=9');
    expect(shown(outOfRange)).to.equal(seed.headline);
    expect(event.detail.variant).to.deep.equal({ index: 0, headline: seed.headline });
    const [none, plain] = await card('');
    expect(shown(none)).to.equal(seed.headline);
    expect(plain.detail.variant).to.equal(undefined);
  });

  it('gives a reader one wording with auto, the same on every visit, from an id kept in localStorage', async () => {
    const [first] = await card('headline-variant=auto');
    const id = localStorage.getItem(READER_KEY);
    expect(id, 'a reader id was stored').to.be.a('string').and.not.equal('');
    for (let visit = 0; visit < 3; visit++) {
      const [again] = await card('headline-variant=auto');
      expect(shown(again)).to.equal(shown(first));
    }
    expect(localStorage.getItem(READER_KEY)).to.equal(id);
    // The publisher's own reader id wins over the stored one, and is as stable.
    const [seeded] = await card('headline-variant=auto variant-seed=reader-42');
    const [seededAgain] = await card('headline-variant=auto variant-seed=reader-42');
    expect(shown(seededAgain)).to.equal(shown(seeded));
  });

  it('shows every wording equally often over many readers, per article', () => {
    const article = normalizeArticle(seed)!.article!;
    const counts = wordings.map(() => 0);
    const readers = 8000;
    for (let reader = 0; reader < readers; reader++)
      counts[chooseVariant(article, 'auto', `reader-${reader}`)!.index]++;
    const expected = readers / wordings.length;
    const chiSquare = counts.reduce((sum, count) => sum + (count - expected) ** 2 / expected, 0);
    // 4 degrees of freedom: 18.47 is the 0.1% critical value; the ids are fixed, so a run above it is a biased hash.
    expect(chiSquare, `counts ${counts}`).to.be.below(18.47);
    // Another article splits the same readers differently: tests do not line up across articles.
    const other = normalizeArticle({ ...seed, url: '/another-story' })!.article!;
    const same = Array.from({ length: 400 }, (_, r) => `reader-${r}`).filter(
      (reader) => chooseVariant(article, 'auto', reader)!.index === chooseVariant(other, 'auto', reader)!.index,
    ).length;
    expect(same).to.be.within(40, 120); // about a fifth
  });

  it('does not count duplicated or empty wordings as variants', () => {
    const article = normalizeArticle({
      headline: 'Rail link opens',
      alternativeHeadlines: [],
      alternativeHeadline: ['RAIL LINK OPENS', '', '  ', 'A new railway', 'a new railway'],
    })!.article!;
    const seen = new Set(Array.from({ length: 200 }, (_, r) => chooseVariant(article, 'auto', `r${r}`)!.headline));
    expect([...seen].sort()).to.deep.equal(['A new railway', 'Rail link opens']);
  });

  it('puts the wording into news-link-click and news-impression, and keeps the canonical headline in JSON-LD', async () => {
    const impression = oneEvent(document, 'news-impression');
    const el = document.createElement('news-article') as NewsArticle;
    el.setAttribute('headline-variant', '2');
    el.article = seed;
    await fixture(html`${el}`);
    await waitUntil(() => el.shadowRoot!.querySelector('h1'));
    expect(shown(el)).to.equal(wordings[2]);
    expect(el.shadowRoot!.querySelector('[part~="deck"]'), 'no deck while testing wordings').to.equal(null);
    expect((await impression).detail.variant).to.deep.equal({ index: 2, headline: wordings[2] });
    const block = () => document.head.querySelector('script[data-news-json-ld]');
    await waitUntil(block, 'no JSON-LD');
    expect(JSON.parse(block()!.textContent!).headline).to.equal(seed.headline);

    const [c] = await card('headline-variant=1', { ...seed, url: '/story' });
    const link = c.shadowRoot!.querySelector('a')!;
    link.addEventListener('click', (event) => event.preventDefault(), { once: true });
    const clicked = oneEvent(c, 'news-link-click');
    link.click();
    expect((await clicked).detail.variant).to.deep.equal({ index: 1, headline: wordings[1] });
  });

  it('passes headline-variant from <news-feed> to its cards', async () => {
    const loaded = nextAnswer(document);
    const feed = await fixture<NewsFeed>(html`<news-feed headline-variant="3" .articles=${[seed]}></news-feed>`);
    await loaded;
    const [inFeed] = feed.shadowRoot!.querySelectorAll('news-card');
    await waitUntil(() => inFeed.shadowRoot?.querySelector('[part~="headline"]'));
    expect(shown(inFeed)).to.equal(wordings[3]);
  });
});
