import { expect, fixture, html } from '@open-wc/testing';
import '../src/components/news-card/news-card.js';
import type { NewsCard } from '../src/components/news-card/news-card.js';
import { full, seed } from './fixtures/articles.js';
import { MARKUP, UNSAFE_URLS, pwned, setArticle, texts, unsafeUrls } from './helpers.js';

const $ = (el: NewsCard, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const card = () => fixture<NewsCard>(html`<news-card></news-card>`);

describe('<news-card>', () => {
  it('shows light-DOM fallback content until an article is set', async () => {
    const el = await fixture<NewsCard>(html`<news-card><p>Loading the story…</p></news-card>`);
    const slot = el.shadowRoot!.querySelector('slot')!;
    expect(slot.assignedElements().map((node) => node.textContent)).to.deep.equal(['Loading the story…']);
    expect(el.querySelector('p')!.offsetHeight).to.be.greaterThan(0);

    await setArticle(el, seed);
    expect(el.shadowRoot!.querySelector('slot')).to.equal(null);
    expect(texts(el, '[part~="headline"]')).to.deep.equal([seed.headline]);
  });

  it('renders the seed article as a card with an h3 headline and nothing it does not have', async () => {
    const el = await card();
    const event = await setArticle(el, seed);
    expect(event.type).to.equal('news-load');

    const headline = $(el, '[part~="card"] [part~="headline"]')!;
    expect($(el, '[part~="card"]')!.localName).to.equal('article');
    expect(headline.localName).to.equal('h3');
    expect(headline.textContent!.trim()).to.equal(seed.headline);
    // The seed has no url, section, description, date, publisher or image.
    expect(
      el.shadowRoot!.querySelectorAll('a, img, time, [part~="section"], [part~="description"], [part~="meta"]'),
    ).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('renders every field of the full article', async () => {
    const el = await card();
    await setArticle(el, full);

    expect(texts(el, '[part~="section"]')).to.deep.equal(['World']);
    expect(texts(el, '[part~="headline"]')).to.deep.equal([full.headline]);
    expect(texts(el, '[part~="description"]')).to.deep.equal([full.description]);

    const links = el.shadowRoot!.querySelectorAll('a');
    expect(links, "the headline link is the card's one link").to.have.length(1);
    expect(links[0].closest('[part~="headline"]')).to.equal($(el, '[part~="headline"]'));
    expect(links[0].getAttribute('part')).to.equal('link');
    expect(links[0].getAttribute('href')).to.equal('https://example.com/world/summit-astana');
    expect(links[0].textContent!.trim()).to.equal(full.headline);

    const time = $(el, '[part~="meta"] time[part~="date"]')!;
    expect(time.getAttribute('datetime')).to.equal('2024-06-03T09:30:00Z');
    // A date-time is shown as the reader's local calendar day.
    const day = new Date('2024-06-03T09:30:00Z').toLocaleDateString('en', { dateStyle: 'medium' });
    expect(time.textContent!.trim()).to.equal(day);
    const publisher = $(el, '[part~="meta"] [part~="publisher"]')!;
    expect(publisher.textContent!.trim()).to.equal('The Example Times');
    expect(publisher.closest('a')).to.equal(null);

    const img = $(el, 'img[part~="image"]') as HTMLImageElement;
    expect(img.getAttribute('src')).to.equal('/test/fixtures/hero.svg');
    expect(img.getAttribute('alt')).to.equal('Delegates on the steps of the palace');
    expect([img.getAttribute('width'), img.getAttribute('height')]).to.deep.equal(['1200', '675']);
    expect(img.getAttribute('loading')).to.equal('lazy');
    await expect(el).to.be.accessible();
  });

  it('gives an image without alt text an empty alt and no size it was not given', async () => {
    const el = await card();
    await setArticle(el, { headline: 'Pictured', image: '/test/fixtures/hero.svg' });
    const img = $(el, 'img[part~="image"]')!;
    expect(img.getAttribute('src')).to.equal('/test/fixtures/hero.svg');
    expect(img.getAttribute('alt')).to.equal('');
    expect(img.hasAttribute('width') || img.hasAttribute('height')).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('reports the normalized article and no issues in news-load', async () => {
    const el = await card();
    const event = await setArticle(el, { ...full, headline: '  Padded headline  ', section: '' });
    expect(event.type).to.equal('news-load');
    expect(event.detail.article).to.include({ headline: 'Padded headline', url: full.url });
    expect(event.detail.article!.section).to.equal(undefined);
    expect(event.detail.article!.publisher).to.deep.equal(full.publisher);
    expect(event.detail.issues).to.deep.equal([]);
    expect(texts(el, '[part~="headline"]')).to.deep.equal(['Padded headline']);
    expect($(el, '[part~="section"]')).to.equal(null);
  });

  for (const url of UNSAFE_URLS) {
    it(`drops the unsafe URL ${JSON.stringify(url)} from the link and the image, with warnings`, async () => {
      const el = await card();
      const event = await setArticle(el, { headline: 'Click me', url, image: { url, alt: 'x' } });
      expect(event.type).to.equal('news-load');
      expect(texts(el, '[part~="headline"]')).to.deep.equal(['Click me']);
      expect(el.shadowRoot!.querySelectorAll('a, img')).to.have.length(0);
      expect(unsafeUrls(el)).to.deep.equal([]);
      const paths = event.detail.issues.map((issue) => issue.path);
      expect(paths).to.include.members(['url', 'image.url']);
      expect(event.detail.issues.every((issue) => issue.severity === 'warning')).to.equal(true);
    });
  }

  it('shows text as text: markup in the headline and description is not parsed', async () => {
    const el = await card();
    await setArticle(el, { headline: MARKUP, description: MARKUP, section: MARKUP, url: '/story' });
    expect(texts(el, '[part~="section"], [part~="link"], [part~="description"]')).to.deep.equal([
      MARKUP,
      MARKUP,
      MARKUP,
    ]);
    expect(el.shadowRoot!.querySelectorAll('img, [onerror]')).to.have.length(0);
    expect(pwned()).to.equal(undefined);
  });

  it('cuts an over-long headline at 1,000 characters with an ellipsis, never inside an emoji', async () => {
    const el = await card();
    const event = await setArticle(el, { headline: `${'a'.repeat(999)}😀 and more` });
    const [headline] = texts(el, '[part~="headline"]');
    expect(headline).to.equal(`${'a'.repeat(999)}…`);
    expect(event.detail.issues).to.deep.equal([
      { path: 'headline', message: 'longer than 1000 characters; cut', severity: 'warning' },
    ]);
  });

  it('re-renders when the article is replaced', async () => {
    const el = await card();
    await setArticle(el, full);
    const event = await setArticle(el, { headline: 'A second story', url: '/second' });
    expect(event.type).to.equal('news-load');
    expect(texts(el, '[part~="headline"]')).to.deep.equal(['A second story']);
    expect($(el, '[part~="link"]')!.getAttribute('href')).to.equal('/second');
    expect(el.shadowRoot!.querySelectorAll('img, [part~="meta"], [part~="section"]')).to.have.length(0);
  });

  it('uses the heading-level attribute for its headline, clamped to 1–6', async () => {
    const el = await fixture<NewsCard>(html`<news-card heading-level="2" .article=${seed}></news-card>`);
    expect($(el, '[part~="headline"]')!.localName).to.equal('h2');
    el.setAttribute('heading-level', '9');
    await el.updateComplete;
    expect($(el, '[part~="headline"]')!.localName).to.equal('h6');
    el.removeAttribute('heading-level');
    await el.updateComplete;
    expect($(el, '[part~="headline"]')!.localName).to.equal('h3');
  });

  for (const [name, input, path] of [
    ['no headline', { description: 'A card without a headline' }, 'headline'],
    ['a blank headline', { headline: '   ', url: '/x' }, 'headline'],
    // A string is JSON text (as React passes it): text that parses to no object is not an article.
    ['not an object', JSON.stringify('Deepened bonds'), '$'],
    ['text that is not JSON', 'Deepened bonds', 'article'],
  ] as const) {
    it(`shows an error box and fires news-error for ${name}`, async () => {
      const el = await card();
      const event = await setArticle(el, input);
      expect(event.type).to.equal('news-error');
      expect(event.bubbles && event.composed).to.equal(true);
      expect(event.detail.issues[0]).to.include({ path, severity: 'error' });

      const error = $(el, '[part~="error"]')!;
      expect(error.getAttribute('role')).to.equal('alert');
      expect(error.textContent).to.contain('This article could not be shown.');
      expect(error.textContent).to.contain(`${path}:`);
      expect($(el, '[part~="card"]')).to.equal(null);
      await expect(el).to.be.accessible();
    });
  }

  it('takes its error text from labels', async () => {
    const el = await fixture<NewsCard>(html`<news-card .labels=${{ error: 'Story unavailable.' }}></news-card>`);
    await setArticle(el, {});
    expect($(el, '[part~="error"] strong')!.textContent).to.equal('Story unavailable.');
  });

  describe('layout', () => {
    // The width is set on the host itself; fixture() then waits for its render (not for an
    // animation frame, which a background tab in a parallel run may never get).
    const at = async (width: number) => {
      const el = await fixture<NewsCard>(html`<news-card style="width: ${width}px" .article=${full}></news-card>`);
      const rect = (selector: string) => $(el, selector)!.getBoundingClientRect();
      return { image: rect('[part~="image"]'), headline: rect('[part~="headline"]') };
    };

    it('stacks the image above the text, across the card, below 34rem', async () => {
      for (const width of [300, 543]) {
        const { image, headline } = await at(width);
        expect(image.bottom, `${width}px`).to.be.at.most(headline.top);
        expect(image.width, `${width}px`).to.be.closeTo(headline.width, 1);
      }
    });

    it('puts the image beside the text from 34rem (544 px) of the card', async () => {
      for (const width of [544, 700]) {
        const { image, headline } = await at(width);
        expect(image.right, `${width}px`).to.be.at.most(headline.left);
        expect(image.top, `${width}px`).to.be.below(headline.bottom);
      }
    });
  });
});
