// The schema.org JSON-LD <news-article> writes into the page's <head> after a client render, for
// search engines: what it says, when it is left out, that it comes and goes with its element, and
// that it is never read back as the article. Never into the element, whose children the page owns.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import type { NewsArticle } from '../src/components/news-article/news-article.js';
import { full } from './fixtures/articles.js';
import { nextAnswer, setArticle } from './helpers.js';

/** The blocks written into <head> (one element at a time is on the page); none may be inside `el`. */
const blocks = (el: Element) => {
  expect(el.querySelectorAll('script'), 'a script inside the element').to.have.length(0);
  return [...document.head.querySelectorAll('script[type="application/ld+json"][data-news-json-ld]')];
};
const written = async (el: Element) => {
  await waitUntil(() => blocks(el).length === 1, 'no JSON-LD was written');
  return JSON.parse(blocks(el)[0].textContent!) as Record<string, unknown>;
};
/** Long enough for the writer's chunk to have loaded and run, had it been going to. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

describe('<news-article> JSON-LD', () => {
  it('describes the rendered article as a NewsArticle, with absolute URLs', async () => {
    const el = await fixture<NewsArticle>(html`<news-article></news-article>`);
    await setArticle(el, full);
    const jsonLd = await written(el);
    expect(jsonLd['@type']).to.equal('NewsArticle');
    expect(jsonLd.headline).to.equal(full.headline);
    expect(jsonLd.datePublished).to.equal(full.datePublished);
    expect(jsonLd.author).to.deep.equal([
      { '@type': 'Person', name: 'Aigerim Bekova', url: 'https://example.com/authors/aigerim' },
      { '@type': 'Person', name: 'Chen Li' },
      { '@type': 'Person', name: 'Sam Doe' },
    ]);
    const image = full.image as { url: string };
    expect((jsonLd.image as { url: string }[])[0].url).to.equal(new URL(image.url, document.baseURI).href);
    expect(jsonLd.keywords).to.deep.equal(['Central Asia', 'Railways', 'China']);
    expect(blocks(el)[0].hasAttribute('data-news-json-ld')).to.equal(true);
  });

  it('follows a new article, and goes with an invalid one', async () => {
    const el = await fixture<NewsArticle>(html`<news-article></news-article>`);
    await setArticle(el, full);
    await written(el);
    await setArticle(el, { ...full, headline: 'A second article' });
    await waitUntil(() => blocks(el)[0]?.textContent?.includes('"headline":"A second article"'));
    expect(blocks(el)).to.have.length(1);
    await setArticle(el, { headline: ' ' });
    await waitUntil(() => blocks(el).length === 0, 'the JSON-LD of the invalid article stayed');
  });

  it('leaves the page with its element, and comes back with it', async () => {
    const el = await fixture<NewsArticle>(html`<news-article></news-article>`);
    await setArticle(el, full);
    await written(el);
    const parent = el.parentElement!;
    el.remove();
    await waitUntil(() => blocks(el).length === 0, 'the JSON-LD stayed after its element left');
    parent.append(el);
    expect((await written(el)).headline).to.equal(full.headline);
  });

  it('is not written with no-json-ld, nor for an article given as JSON-LD', async () => {
    const off = await fixture<NewsArticle>(html`<news-article no-json-ld></news-article>`);
    await setArticle(off, full);
    const given = await fixture<NewsArticle>(html`<news-article></news-article>`);
    await setArticle(given, { '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Given as JSON-LD' });
    await settle();
    expect(blocks(off)).to.have.length(0);
    expect(blocks(given)).to.have.length(0);
  });

  it('is never read back as the article: a src article stays, with one block beside it', async () => {
    const el = await fixture<NewsArticle>(html`<news-article src="/api/article.json?headline=Fetched"></news-article>`);
    await waitUntil(() => el.shadowRoot!.querySelector('h1')?.textContent === 'Fetched');
    const jsonLd = await written(el);
    expect(jsonLd.headline).to.equal('Fetched');
    const next = nextAnswer(el);
    await settle();
    el.src = '/api/article.json?headline=Second';
    expect((await next).detail.article!.headline).to.equal('Second');
    // While the new article loads, the old one's JSON-LD is gone; then the new one's is written.
    await waitUntil(() => blocks(el)[0]?.textContent?.includes('"headline":"Second"'));
    expect(blocks(el)).to.have.length(1);
    expect(el.shadowRoot!.querySelector('h1')!.textContent).to.equal('Second');
  });
});
