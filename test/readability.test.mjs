// What a reader mode sees of the server's output (lib/): Readability on jsdom, which runs no script
// and leaves declarative shadow roots inert, finds the headline and the whole body in the element's
// light-DOM copy. And what any plain parser sees there: the headline, every paragraph, the key
// points, the tags and the related links, as ordinary HTML.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { JSDOM } from 'jsdom';
import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { renderPage, renderToString } from '../lib/server/index.js';

const seed = JSON.parse(await readFile(new URL('../demo/seed-article.json', import.meta.url), 'utf8'));
const seedParagraphs = seed.articleBody.split(/\n\s*\n/);

const PAGE_URL = 'https://example.com/world/summit';
const TAG_HREF = '/topics/{slug}';
const collapse = (text) => text.replace(/\s+/g, ' ').trim();
const parse = (html) => new JSDOM(html, { url: PAGE_URL }).window.document;
// Readability changes the document it reads: each run gets a document of its own.
const read = (html) => new Readability(parse(html)).parse();
const minimalPage = (element) => `<!doctype html><title>x</title><body><main>${element}</main>`;
// The seed's tags are plain ASCII words, so their slugs are simple.
const slug = (name) => name.toLowerCase().replace(/[^a-z0-9]+/g, '-');

// An article whose body is HTML: paragraphs, a subheading, a quote and a link.
const HTML_PARAGRAPHS = [
  'The river rose by two metres overnight, the agency said on Tuesday, as warm air melted the snow on the peaks above the valley much earlier than usual.',
  'Residents of the lower town moved cars and furniture to higher ground, and the council opened the school gym as a shelter for anyone who needed a dry place to sleep.',
  'The national weather service raised its warning to orange for the whole basin and said the crest would pass the capital on Thursday morning, according to its latest forecast.',
  'We have not seen the water this high in April for thirty years, and the ground is still frozen, so it has nowhere to go.',
  'Engineers inspected the two old bridges in the centre and closed one of them to lorries until the water falls, while volunteers filled sandbags outside the town hall.',
];
const SUBHEADING = 'Warnings along the river';
const FORECAST = 'https://example.org/forecast';
const htmlArticle = () => ({
  headline: 'Rivers rise across the valley as the spring thaw arrives early',
  section: 'World',
  description: 'Towns along the river prepare for floods.',
  author: 'Ana Ruiz',
  datePublished: '2024-04-02',
  dateline: 'LJUBLJANA',
  url: '/world/rivers',
  bodyHtml: [
    `<p>${HTML_PARAGRAPHS[0]}</p>`,
    `<p>${HTML_PARAGRAPHS[1]}</p>`,
    `<h2>${SUBHEADING}</h2>`,
    `<p>${HTML_PARAGRAPHS[2].replace('its latest forecast', `<a href="${FORECAST}">its latest forecast</a>`)}</p>`,
    `<blockquote><p>${HTML_PARAGRAPHS[3]}</p></blockquote>`,
    `<p>${HTML_PARAGRAPHS[4]}</p>`,
  ].join('\n'),
  tags: ['Floods', 'Weather', 'Slovenia'],
  keyPoints: ['The river rose two metres overnight.', 'The crest passes the capital on Thursday.'],
  related: [
    { headline: "Last year's floods", url: 'https://example.com/floods-2023' },
    { headline: 'How the basin is managed', url: '/explainers/basin' },
  ],
});

/** Readability's result: the headline as the title, and every text in the extracted text. */
function assertExtracted(result, headline, texts) {
  assert.ok(result, 'Readability finds an article');
  assert.equal(result.title, headline, 'the title is the headline');
  const extracted = collapse(result.textContent);
  for (const text of texts) assert.ok(extracted.includes(collapse(text)), `extracted: ${text.slice(0, 60)}…`);
}

/** The light-DOM copy as a plain parser sees it: the `<article>` directly inside `<news-article>`. */
function assertLightCopy(html, article, { paragraphs, tagHref }) {
  const document = parse(html);
  const copy = document.querySelector('news-article > article');
  assert.ok(copy, 'an <article> in the light DOM of <news-article>');
  // The shadow roots are inert templates here: the copy's h1 is the only one a parser sees.
  assert.deepEqual(
    [...document.querySelectorAll('h1')].map((h1) => h1.textContent),
    [article.headline],
    'the headline as the one <h1>',
  );
  assert.equal(copy.querySelector('h1')?.textContent, article.headline);

  const texts = [...copy.querySelectorAll('p')].map((p) => collapse(p.textContent));
  for (const paragraph of paragraphs) {
    assert.ok(
      texts.some((text) => text === collapse(paragraph) || text.endsWith(` — ${collapse(paragraph)}`)),
      `a <p> of its own: ${paragraph.slice(0, 60)}…`,
    );
  }

  const points = [...copy.querySelectorAll('ol > li')].map((li) => collapse(li.textContent));
  assert.deepEqual(points, article.keyPoints, 'the key points, as <ol><li>');

  const links = (list) => [...list].map((a) => [collapse(a.textContent), a.getAttribute('href')]);
  const tagLinks = links(copy.querySelectorAll(':scope > ul a'));
  assert.deepEqual(
    tagLinks,
    article.tags.map((name) => [name, tagHref.replace('{slug}', slug(name))]),
    'every tag, linked',
  );
  const relatedLinks = links(copy.querySelectorAll('nav a'));
  assert.deepEqual(
    relatedLinks,
    article.related.map(({ headline, url }) => [headline, url]),
    'every related article, linked',
  );
}

test('Readability extracts the headline and all 7 paragraphs of the seed article from renderPage', async () => {
  assert.equal(seedParagraphs.length, 7);
  const { html, issues } = await renderPage(seed, { script: '', tagHref: TAG_HREF });
  assert.deepEqual(issues, []);
  assert.ok(isProbablyReaderable(parse(html)), 'the page looks readable');
  assertExtracted(read(html), seed.headline, seedParagraphs);
});

test('Readability extracts the headline and the whole HTML body from renderPage', async () => {
  const article = htmlArticle();
  const { html } = await renderPage(article, { script: '', baseUrl: PAGE_URL, tagHref: TAG_HREF });
  assert.ok(html, 'a page');
  const result = read(html);
  assertExtracted(result, article.headline, [...HTML_PARAGRAPHS, SUBHEADING]);
  const content = parse(result.content);
  assert.ok(content.querySelector(`a[href="${FORECAST}"]`), "the body's link is kept");
  assert.ok(content.querySelector('blockquote'), "the body's quote is kept");
});

test("Readability extracts the headline and the body from renderToString's <news-article> in a minimal page", async () => {
  for (const [article, paragraphs] of [
    [seed, seedParagraphs],
    [htmlArticle(), [...HTML_PARAGRAPHS, SUBHEADING]],
  ]) {
    const { html } = await renderToString(article, { tagHref: TAG_HREF });
    assert.ok(html, 'an element');
    assertExtracted(read(minimalPage(html)), article.headline, paragraphs);
  }
});

test("a plain parser finds the seed article's text and links in <news-article>'s light DOM", async () => {
  for (const { html } of [
    await renderPage(seed, { script: '', tagHref: TAG_HREF }),
    await renderToString(seed, { tagHref: TAG_HREF }),
  ]) {
    assertLightCopy(html, seed, { paragraphs: seedParagraphs, tagHref: TAG_HREF });
  }
});

test("a plain parser finds an HTML body's text and links in <news-article>'s light DOM", async () => {
  const article = htmlArticle();
  const { html } = await renderToString(htmlArticle(), { tagHref: TAG_HREF });
  assertLightCopy(html, article, { paragraphs: HTML_PARAGRAPHS, tagHref: TAG_HREF });
  const copy = parse(html).querySelector('news-article > article');
  assert.equal(copy.querySelector('h2')?.textContent, SUBHEADING, "the body's subheading, below the <h1>");
  assert.equal(collapse(copy.querySelector('blockquote')?.textContent ?? ''), HTML_PARAGRAPHS[3]);
  assert.ok(copy.querySelector(`a[href="${FORECAST}"]`), "the body's link");
  const first = [...copy.querySelectorAll('p')].find((p) => p.textContent.includes(HTML_PARAGRAPHS[0]));
  assert.equal(collapse(first?.textContent ?? ''), `LJUBLJANA — ${HTML_PARAGRAPHS[0]}`, 'the dateline opens the body');
});
