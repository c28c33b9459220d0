import { expect, fixture, html } from '@open-wc/testing';
import '../src/components/news-tags/news-tags.js';
import type { NewsTags } from '../src/components/news-tags/news-tags.js';
import { full, seed } from './fixtures/articles.js';
import {
  MARKUP,
  UNSAFE_URLS,
  pwned,
  setArticle,
  texts,
  unsafeUrls,
  expectEmpty,
  expectHeadlineError,
} from './helpers.js';

const $ = (el: NewsTags, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const tagsElement = () => fixture<NewsTags>(html`<news-tags></news-tags>`);

describe('<news-tags>', () => {
  it('renders the 13 seed tags as plain text, in order, under a "Tags" h2', async () => {
    const el = await tagsElement();
    const event = await setArticle(el, seed);
    expect(event.type).to.equal('news-load');

    const heading = $(el, '[part~="tags"] [part~="heading"]')!;
    expect(heading.localName).to.equal('h2');
    expect(heading.textContent!.trim()).to.equal('Tags');

    const list = $(el, '[part~="tags"] ul[part~="list"]')!;
    expect(list.getAttribute('role')).to.equal('list');
    expect(el.shadowRoot!.getElementById(list.getAttribute('aria-labelledby')!)).to.equal(heading);
    expect(list.querySelectorAll(':scope > li')).to.have.length(13);
    expect(texts(el, 'li > [part~="tag"]')).to.deep.equal(seed.tags);
    expect(el.shadowRoot!.querySelectorAll('a')).to.have.length(0);
    expect(texts(el, 'span[part~="tag"]')).to.have.length(13);
    await expect(el).to.be.accessible();
  });

  it('links the tags that have a url and leaves the others as text', async () => {
    const el = await tagsElement();
    await setArticle(el, full);
    expect(texts(el, '[part~="tag"]')).to.deep.equal(['Central Asia', 'Railways', 'China']);

    const links = el.shadowRoot!.querySelectorAll('a[part~="tag"]');
    expect([...links].map((a) => [a.textContent, a.getAttribute('href')])).to.deep.equal([
      ['Central Asia', '/topics/central-asia'],
    ]);
    expect(texts(el, 'span[part~="tag"]')).to.deep.equal(['Railways', 'China']);
    await expect(el).to.be.accessible();
  });

  it('reports the normalized tags in news-load', async () => {
    const el = await tagsElement();
    const event = await setArticle(el, full);
    expect(event.detail.article!.tags).to.deep.equal([
      { name: 'Central Asia', url: '/topics/central-asia' },
      { name: 'Railways' },
      { name: 'China' },
    ]);
    expect(event.detail.issues).to.deep.equal([]);
  });

  it('drops repeated tags, whatever their case, keeping the first', async () => {
    const el = await tagsElement();
    await setArticle(el, { headline: 'x', tags: ['China', ' china ', { name: 'CHINA', url: '/china' }, 'Russia'] });
    expect(texts(el, '[part~="tag"]')).to.deep.equal(['China', 'Russia']);
    expect(el.shadowRoot!.querySelectorAll('a')).to.have.length(0);
  });

  it('reads keywords, as a comma-separated string or an array, when there are no tags', async () => {
    const el = await tagsElement();
    await setArticle(el, { headline: 'x', keywords: ' Trade, Rail ,, Energy ' });
    expect(texts(el, '[part~="tag"]')).to.deep.equal(['Trade', 'Rail', 'Energy']);

    await setArticle(el, { headline: 'x', keywords: ['Ports', { name: 'Steel', url: '/steel' }] });
    expect(texts(el, '[part~="tag"]')).to.deep.equal(['Ports', 'Steel']);
    expect($(el, 'a[part~="tag"]')!.getAttribute('href')).to.equal('/steel');

    await setArticle(el, { headline: 'x', tags: ['Tags win'], keywords: 'Ignored' });
    expect(texts(el, '[part~="tag"]')).to.deep.equal(['Tags win']);
  });

  for (const [name, article] of [
    ['no tags', { headline: 'Untagged' }],
    ['an empty list', { headline: 'Untagged', tags: [] }],
    ['only blank tags', { headline: 'Untagged', tags: ['', '   '], keywords: 'Not used' }],
  ] as const) {
    it(`renders nothing and takes no space for ${name}`, async () => expectEmpty(await tagsElement(), article));
  }

  it('shows an error box and fires news-error for an article without a headline', async () => {
    const el = await tagsElement();
    await expectHeadlineError(el, { tags: ['China'] });
    expect($(el, '[part~="tag"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('re-renders when the article is replaced, including after an error', async () => {
    const el = await tagsElement();
    await setArticle(el, seed);
    await setArticle(el, { headline: 'Second', tags: ['Ports'] });
    expect(texts(el, '[part~="tag"]')).to.deep.equal(['Ports']);

    await setArticle(el, { headline: '' });
    expect($(el, '[part~="error"]')).not.to.equal(null);
    const event = await setArticle(el, full);
    expect(event.type).to.equal('news-load');
    expect($(el, '[part~="error"]')).to.equal(null);
    expect(texts(el, '[part~="tag"]')).to.deep.equal(['Central Asia', 'Railways', 'China']);
  });

  it('uses the heading-level attribute for its heading', async () => {
    const el = await fixture<NewsTags>(html`<news-tags heading-level="4" .article=${seed}></news-tags>`);
    expect($(el, '[part~="heading"]')!.localName).to.equal('h4');
    expect(el.shadowRoot!.querySelectorAll('h1, h2, h3, h5, h6')).to.have.length(0);
  });

  it('takes its heading text from labels', async () => {
    const el = await fixture<NewsTags>(html`<news-tags .labels=${{ tags: 'Topics' }} .article=${seed}></news-tags>`);
    expect(texts(el, '[part~="heading"]')).to.deep.equal(['Topics']);
    await expect(el).to.be.accessible();
  });

  it("drops unsafe tag URLs, keeping the tag as text, with a warning at the tag's path", async () => {
    const el = await tagsElement();
    const tags = [
      { name: 'Safe', url: 'https://example.com/safe' },
      ...UNSAFE_URLS.map((url, i) => ({ name: `T${i}`, url })),
    ];
    const event = await setArticle(el, { headline: 'x', tags });

    expect(texts(el, '[part~="tag"]')).to.deep.equal(['Safe', 'T0', 'T1', 'T2', 'T3']);
    expect(texts(el, 'a[part~="tag"]')).to.deep.equal(['Safe']);
    expect(unsafeUrls(el)).to.deep.equal([]);
    expect(event.detail.issues.map(({ path, severity }) => `${path} ${severity}`)).to.deep.equal(
      UNSAFE_URLS.map((_, i) => `tags[${i + 1}].url warning`),
    );
  });

  it('shows tag names as text, never as markup', async () => {
    const el = await tagsElement();
    await setArticle(el, { headline: 'x', tags: [MARKUP, { name: `<b>${MARKUP}</b>`, url: '/t' }] });
    expect(texts(el, '[part~="tag"]')).to.deep.equal([MARKUP, `<b>${MARKUP}</b>`]);
    expect(el.shadowRoot!.querySelectorAll('img, b, [onerror]')).to.have.length(0);
    expect(pwned()).to.equal(undefined);
  });
});
