import { expect, fixture, html } from '@open-wc/testing';
import '../src/components/news-related/news-related.js';
import type { NewsRelated } from '../src/components/news-related/news-related.js';
import { full, seed } from './fixtures/articles.js';
import { MARKUP, UNSAFE_URLS, pwned, setArticle, unsafeUrls, expectEmpty, expectHeadlineError } from './helpers.js';

const $ = (el: NewsRelated, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const related = () => fixture<NewsRelated>(html`<news-related></news-related>`);
/** Each item's link as [text, href]. */
const links = (el: NewsRelated) =>
  [...el.shadowRoot!.querySelectorAll('li[part~="item"] > a[part~="link"]')].map((a) => [
    a.textContent,
    a.getAttribute('href'),
  ]);
/** The accessible name of the `<nav>` landmark. */
const navName = (el: NewsRelated) => $(el, 'nav[part~="related"]')!.getAttribute('aria-label');

describe('<news-related>', () => {
  it('renders the seed links, in order, in a nav named "Read also" and its article, under an h2', async () => {
    const el = await related();
    const event = await setArticle(el, seed);
    expect(event.type).to.equal('news-load');

    expect(navName(el)).to.equal(`Read also: ${seed.headline}`);
    expect($(el, 'nav [part~="heading"]')!.textContent).to.equal('Read also');
    expect($(el, 'nav [part~="heading"]')!.localName).to.equal('h2');
    expect($(el, 'nav ul[part~="list"]')!.getAttribute('role')).to.equal('list');
    expect(links(el)).to.deep.equal(seed.related!.map(({ headline, url }) => [headline, url]));
    expect(links(el)[0]).to.deep.equal([
      'China–Central Asia Summit (background, Wikipedia)',
      'https://en.wikipedia.org/wiki/China%E2%80%93Central_Asia_Summit',
    ]);
    expect(el.shadowRoot!.querySelectorAll('time'), 'the seed gives no dates').to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('names each list after its article, so two on a page are two landmarks axe tells apart', async () => {
    const box = await fixture<HTMLElement>(html`<div><news-related></news-related><news-related></news-related></div>`);
    const [first, second] = [...box.children] as NewsRelated[];
    await setArticle(first, seed);
    await setArticle(second, { ...seed, headline: 'Another story' });
    expect(navName(first)).to.not.equal(navName(second));
    await expect(box).to.be.accessible();
  });

  it('shows each date it is given as a <time>, a date-only value as that calendar day', async () => {
    const el = await related();
    await setArticle(el, full);
    expect(links(el)).to.deep.equal([
      ['What the railway means for trade', '/world/railway-trade'],
      ['Kazakhstan hosts the summit', 'https://example.com/world/kazakhstan-hosts'],
    ]);
    const items = el.shadowRoot!.querySelectorAll('li[part~="item"]');
    const time = items[0].querySelector('time[part~="date"]')!;
    expect(time.getAttribute('datetime')).to.equal('2024-05-20');
    expect(time.textContent!.trim()).to.equal('May 20, 2024');
    expect(items[1].querySelector('time')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('reports the normalized related articles in news-load', async () => {
    const el = await related();
    const event = await setArticle(el, full);
    const [first, second] = event.detail.article!.related;
    expect(first).to.include({ headline: 'What the railway means for trade', url: '/world/railway-trade' });
    expect(first.datePublished!.iso).to.equal('2024-05-20');
    expect(second).to.deep.equal({
      headline: 'Kazakhstan hosts the summit',
      url: 'https://example.com/world/kazakhstan-hosts',
    });
    expect(event.detail.issues).to.deep.equal([]);
  });

  it('drops items without a headline or a safe url and ignores a date that is not ISO, with warnings', async () => {
    const el = await related();
    const event = await setArticle(el, {
      headline: 'x',
      related: [
        { url: '/no-headline' },
        { headline: 'No url' },
        { headline: 'Script', url: 'javascript:alert(1)' },
        'https://example.com/just-a-string',
        { headline: '  Kept  ', url: ' /kept ', datePublished: 'last week' },
      ],
    });
    expect(links(el)).to.deep.equal([['Kept', '/kept']]);
    expect(el.shadowRoot!.querySelectorAll('time')).to.have.length(0);
    const paths = event.detail.issues.map((issue) => issue.path);
    expect(paths).to.include.members(['related[0]', 'related[1]', 'related[2].url', 'related[2]', 'related[3]']);
    expect(paths).to.include('related[4].datePublished');
    expect(event.detail.issues.every((issue) => issue.severity === 'warning')).to.equal(true);
  });

  it('renders no link to an unsafe URL, however it is spelled', async () => {
    const el = await related();
    const items = UNSAFE_URLS.map((url, i) => ({ headline: `Unsafe ${i}`, url }));
    const event = await setArticle(el, {
      headline: 'x',
      related: [...items, { headline: 'Safe', url: 'http://example.com/' }],
    });
    expect(links(el)).to.deep.equal([['Safe', 'http://example.com/']]);
    expect(unsafeUrls(el)).to.deep.equal([]);
    expect(event.detail.issues.map((issue) => issue.path)).to.include.members(
      UNSAFE_URLS.map((_, i) => `related[${i}].url`),
    );
  });

  for (const [name, article] of [
    ['no related articles', { headline: 'Alone' }],
    ['an empty list', { headline: 'Alone', related: [] }],
    [
      'only unusable items',
      { headline: 'Alone', related: [{ headline: 'Bad', url: 'javascript:alert(1)' }, { url: '/x' }] },
    ],
  ] as const) {
    it(`renders nothing and takes no space for ${name}`, async () => expectEmpty(await related(), article));
  }

  it('shows an error box and fires news-error for an invalid article', async () => {
    const el = await related();
    await expectHeadlineError(el, { related: full.related });
    expect(el.shadowRoot!.querySelectorAll('nav, a')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('re-renders when the article is replaced', async () => {
    const el = await related();
    await setArticle(el, seed);
    const event = await setArticle(el, { headline: 'Next', related: [{ headline: 'Only this', url: '/only' }] });
    expect(event.type).to.equal('news-load');
    expect(links(el)).to.deep.equal([['Only this', '/only']]);
  });

  it('uses the heading-level attribute for its heading', async () => {
    const el = await fixture<NewsRelated>(html`<news-related heading-level="5" .article=${seed}></news-related>`);
    expect($(el, '[part~="heading"]')!.localName).to.equal('h5');
    el.setAttribute('heading-level', 'not a number');
    await el.updateComplete;
    expect($(el, '[part~="heading"]')!.localName).to.equal('h2');
  });

  it("takes its heading, and so the landmark's name, from labels", async () => {
    const labels = { related: 'See also' };
    const el = await fixture<NewsRelated>(html`<news-related .labels=${labels} .article=${seed}></news-related>`);
    expect(navName(el)).to.equal(`See also: ${seed.headline}`);
    expect($(el, '[part~="heading"]')!.textContent).to.equal('See also');
    await expect(el).to.be.accessible();
  });

  it('shows headlines as text, never as markup', async () => {
    const el = await related();
    await setArticle(el, { headline: 'x', related: [{ headline: MARKUP, url: '/story' }] });
    expect(links(el)).to.deep.equal([[MARKUP, '/story']]);
    expect(el.shadowRoot!.querySelectorAll('img, [onerror]')).to.have.length(0);
    expect(pwned()).to.equal(undefined);
  });
});
