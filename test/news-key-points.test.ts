import { expect, fixture, html } from '@open-wc/testing';
import '../src/components/news-key-points/news-key-points.js';
import type { NewsKeyPoints } from '../src/components/news-key-points/news-key-points.js';
import { full, seed } from './fixtures/articles.js';
import { MARKUP, pwned, setArticle, texts, unsafeUrls, expectEmpty, expectHeadlineError } from './helpers.js';

const $ = (el: NewsKeyPoints, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const keyPoints = () => fixture<NewsKeyPoints>(html`<news-key-points></news-key-points>`);

describe('<news-key-points>', () => {
  it('shows light-DOM fallback content until an article is set', async () => {
    const el = await fixture<NewsKeyPoints>(html`<news-key-points><p>Loading…</p></news-key-points>`);
    expect(el.shadowRoot!.querySelector('slot')!.assignedElements()).to.deep.equal([el.querySelector('p')]);
    expect(el.offsetHeight).to.be.greaterThan(0);
  });

  it('renders the two seed key points, in order, in an ordered list under a "Key points" h2', async () => {
    const el = await keyPoints();
    const event = await setArticle(el, seed);
    expect(event.type).to.equal('news-load');

    const heading = $(el, '[part~="key-points"] [part~="heading"]')!;
    expect(heading.localName).to.equal('h2');
    expect(heading.textContent!.trim()).to.equal('Key points');

    const list = $(el, '[part~="key-points"] [part~="list"]')!;
    expect(list.localName).to.equal('ol');
    expect(el.shadowRoot!.getElementById(list.getAttribute('aria-labelledby')!)).to.equal(heading);
    expect(list.querySelectorAll(':scope > li[part~="item"]')).to.have.length(2);
    expect(texts(el, 'ol > li[part~="item"]')).to.deep.equal(seed.keyPoints);
    await expect(el).to.be.accessible();
  });

  it('renders the key points of the full article and reports them in news-load', async () => {
    const el = await keyPoints();
    const event = await setArticle(el, full);
    expect(texts(el, '[part~="item"]')).to.deep.equal([
      'The route runs through Kyrgyzstan.',
      'Construction starts next year.',
    ]);
    expect(event.detail.article!.keyPoints).to.deep.equal(full.keyPoints);
    expect(event.detail.issues).to.deep.equal([]);
    // Key points are text only: the article's links belong to other elements.
    expect(el.shadowRoot!.querySelectorAll('a, img')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('trims each point, drops blank ones and warns about ones that are not text', async () => {
    const el = await keyPoints();
    const event = await setArticle(el, { headline: 'x', keyPoints: ['  First.  ', '', '   ', 42, 'Second.'] });
    expect(texts(el, '[part~="item"]')).to.deep.equal(['First.', 'Second.']);
    expect(event.detail.issues).to.deep.equal([
      { path: 'keyPoints[3]', message: 'expected a string; ignored', severity: 'warning' },
    ]);
  });

  for (const [name, article] of [
    ['no key points', { headline: 'Pointless' }],
    ['an empty list', { headline: 'Pointless', keyPoints: [] }],
    ['only blank points', { headline: 'Pointless', keyPoints: ['', '  \n '] }],
  ] as const) {
    it(`renders nothing and takes no space for ${name}`, async () => expectEmpty(await keyPoints(), article));
  }

  it('shows an error box and fires news-error for an invalid article', async () => {
    const el = await keyPoints();
    await expectHeadlineError(el, { headline: '   ', keyPoints: ['A point'] });
    expect($(el, '[part~="item"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('fires news-error with path $ for a value that is not an article object', async () => {
    const el = await keyPoints();
    const event = await setArticle(el, ['The route runs through Kyrgyzstan.']);
    expect(event.type).to.equal('news-error');
    expect(event.detail.issues.map(({ path, severity }) => [path, severity])).to.deep.equal([['$', 'error']]);
    expect($(el, '[part~="error"]')).not.to.equal(null);
  });

  it('re-renders when the article is replaced', async () => {
    const el = await keyPoints();
    await setArticle(el, seed);
    const event = await setArticle(el, { headline: 'Next', keyPoints: ['Only one point now.'] });
    expect(event.type).to.equal('news-load');
    expect(texts(el, '[part~="item"]')).to.deep.equal(['Only one point now.']);

    await setArticle(el, { headline: 'Next' });
    expect(el.shadowRoot!.querySelector('*')).to.equal(null);
  });

  it('uses the heading-level attribute for its heading', async () => {
    const el = await fixture<NewsKeyPoints>(
      html`<news-key-points heading-level="3" .article=${seed}></news-key-points>`,
    );
    expect($(el, '[part~="heading"]')!.localName).to.equal('h3');
    el.headingLevel = 1;
    await el.updateComplete;
    expect($(el, '[part~="heading"]')!.localName).to.equal('h1');
  });

  it('takes its heading text from labels', async () => {
    const labels = { keyPoints: 'In brief' };
    const el = await fixture<NewsKeyPoints>(
      html`<news-key-points .labels=${labels} .article=${seed}></news-key-points>`,
    );
    expect(texts(el, '[part~="heading"]')).to.deep.equal(['In brief']);
    await expect(el).to.be.accessible();
  });

  it('shows key points as text, never as markup or links', async () => {
    const el = await keyPoints();
    const point = `<a href="javascript:window.__pwned=1">Read</a> ${MARKUP}`;
    await setArticle(el, { headline: 'x', keyPoints: [point] });
    expect(texts(el, '[part~="item"]')).to.deep.equal([point]);
    expect(el.shadowRoot!.querySelectorAll('a, img, [onerror]')).to.have.length(0);
    expect(unsafeUrls(el)).to.deep.equal([]);
    expect(pwned()).to.equal(undefined);
  });
});
