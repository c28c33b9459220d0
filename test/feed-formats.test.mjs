// JSON Feed (1.0, 1.1), RSS 2.0 and Atom 1.0 read as a <news-feed>'s input, on Node through lib/:
// JSON Feed with no DOM at all, XML parsed by jsdom's DOMParser. Each field's mapping, every issue at
// its path in the input, the v1 bounds, and RFC 822 dates read exactly.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { JSDOM } from 'jsdom';
import { FEED_PAGE_LIMIT, loadFeedFormats, normalizeFeed } from '../lib/pipeline/feed.js';
import { rfc822Date } from '../lib/pipeline/rfc822-date.js';

const { DOMParser } = new JSDOM('').window;
const fixture = (name) => readFile(new URL(`./fixtures/feeds/${name}`, import.meta.url), 'utf8');
const xml = (text) => new DOMParser().parseFromString(text, 'application/xml');
/** The feed read as <news-feed> reads it: the formats' chunk loaded, then normalized. */
async function read(input) {
  await loadFeedFormats(input);
  return normalizeFeed(input);
}
const lines = (issues) => issues.map(({ path, message }) => `${path}: ${message}`);
const JSON_FEED = 'https://jsonfeed.org/version/1.1';
const rss = (items, channel = '') =>
  xml(
    `<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/" xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>T</title>${channel}${items}</channel></rss>`,
  );
const atom = (entries, feed = '') => xml(`<feed xmlns="http://www.w3.org/2005/Atom">${feed}${entries}</feed>`);

describe('JSON Feed', () => {
  test('the fixture (1.1): each item mapped, the feed’s authors and language inherited, next_url', async () => {
    const { article, issues } = await read(JSON.parse(await fixture('json-feed.json')));
    assert.equal(article.next, 'json-feed-2.json');
    const [first, second, third] = article.items.map((item) => item.article);
    assert.deepEqual(
      [first.headline, first.url, first.image, first.datePublished.iso, first.dateModified.iso, first.inLanguage],
      [
        'Summit in Astana ends with a railway deal',
        'https://example.com/2025/06/17/rail-deal',
        { url: '/test/fixtures/hero.svg' },
        '2025-06-17T09:30:00+05:00',
        '2025-06-17T12:05:00+05:00',
        'en',
      ],
    );
    assert.equal(second.url, 'https://elsewhere.example/markets', 'external_url without url');
    assert.equal(second.description, 'Shares in rail builders rose in early trading & bonds were flat. More – later.');
    assert.deepEqual(second.authors, [{ name: 'Steppe Courier desk', url: 'https://example.com/desk' }]);
    assert.equal(second.inLanguage, 'en-GB');
    assert.deepEqual([third.url, third.datePublished, third.authors], [undefined, undefined, []]);
    assert.deepEqual(lines(issues), [
      'items[2].title: required: a non-empty string',
      'items[3].date_published: not an ISO 8601 date; ignored',
      'items[3].url: not an http(s) or relative URL; dropped',
      'items[3].authors[0].name: missing; item ignored',
    ]);
    // The card is given the mapped item, whose normalized article is the one read here.
    assert.equal(article.items[0].input.headline, first.headline);
  });

  test('1.0: one `author` object; content_text as the description; a non-object item reported', async () => {
    const feed = {
      version: 'https://jsonfeed.org/version/1',
      author: { name: 'The desk' },
      items: [
        { id: '1', title: 'One', content_text: 'Plain <b>text</b> stays.', author: { url: 'https://x.example/' } },
        'not an item',
        { id: '3', title: 'Three' },
      ],
    };
    const { article, issues } = await read(feed);
    assert.deepEqual(
      article.items.map(({ article: a }) => [a.headline, a.description, a.authors]),
      [
        ['One', 'Plain <b>text</b> stays.', []],
        ['Three', undefined, [{ name: 'The desk' }]],
      ],
    );
    assert.deepEqual(lines(issues), ['items[0].author.name: missing; item ignored', 'items[1]: not an item']);
  });

  test('the v1 bounds, at their paths: a long content_html cut, a long title cut, over 100 items, next_url', async () => {
    const items = Array.from({ length: FEED_PAGE_LIMIT + 5 }, (_, i) => ({ id: String(i), title: `Item ${i}` }));
    items[0] = { id: '0', title: 'T'.repeat(1200), content_html: `<p>${'word '.repeat(1200)}</p>` };
    const { article, issues } = await read({ version: JSON_FEED, items, next_url: 'javascript:alert(1)' });
    assert.equal(article.items.length, FEED_PAGE_LIMIT);
    assert.equal(article.items[0].article.headline.length, 1000);
    assert.equal(article.items[0].article.description.length, 5000);
    assert.equal(article.next, undefined);
    assert.deepEqual(lines(issues), [
      'items[0].title: longer than 1000 characters; cut',
      'items[0].content_html: longer than 5000 characters; cut',
      'items: more than 100 items; the rest ignored',
      'next_url: not an http(s) or relative URL; ignored',
    ]);
  });

  test('items that are no list: an error naming items; a v1 {items, next} is not taken for a JSON Feed', async () => {
    assert.deepEqual(lines((await read({ version: JSON_FEED, items: {} })).issues), [
      'items: expected an array of items',
    ]);
    const v1 = await read({ items: [{ headline: 'H', version: 'x' }], next: '/p/2' });
    assert.deepEqual([v1.article.items[0].article.headline, v1.article.next], ['H', '/p/2']);
  });
});

describe('RSS 2.0', () => {
  test('the fixture: every field, the untitled item and the unreadable date reported', async () => {
    const { article, issues } = await read(xml(await fixture('rss.xml')));
    const [first, second, third] = article.items.map((item) => item.article);
    assert.deepEqual(
      [first.headline, first.description, first.datePublished.iso, first.authors, first.image, first.inLanguage],
      [
        'Summit in Astana ends with a railway deal',
        'Leaders of five Central Asian states and China signed the agreement & a fund. The route runs through Kyrgyzstan.',
        '2025-06-17T09:30:00Z',
        [{ name: 'Aigerim Bekova' }],
        {
          url: '/test/fixtures/hero.svg',
          alt: 'Delegates shake hands in a hall hung with flags',
          width: 1200,
          height: 675,
        },
        'en-gb',
      ],
    );
    assert.deepEqual(
      [second.authors, second.image, second.datePublished.iso],
      [[{ name: 'Chen Li' }], { url: '/test/fixtures/hero.svg' }, '2025-06-18T22:15:00-04:00'],
    );
    assert.deepEqual(
      [third.url, third.publisher, third.image],
      [
        'https://example.com/2025/06/19/exchange',
        { name: 'Agency Wire' },
        { url: '/test/fixtures/hero.svg', width: 160, height: 90 },
      ],
    );
    assert.deepEqual(lines(issues), [
      'channel.item[2].title: required: a non-empty string',
      'channel.item[3].pubDate: not an RFC 822 date; ignored',
    ]);
  });

  test('paths name the elements: an unsafe link, an image without a url, a long category, atom:link next', async () => {
    const items = `<item><title>A</title><link>javascript:alert(1)</link><category>${'c'.repeat(1001)}</category>
      <media:group><media:content url="/a.jpg" width="x" medium="image"/><media:content medium="image"/></media:group></item>
      <item><title>B</title><guid isPermaLink="false">urn:b</guid><enclosure url="data:image/png;base64,AA" type="image/png"/></item>`;
    const next = '<atom:link rel="self" href="/rss"/><atom:link rel="next" href="/rss?page=2"/>';
    const { article, issues } = await read(rss(items, next));
    assert.equal(article.next, '/rss?page=2');
    assert.deepEqual(
      article.items.map(({ article: a }) => [a.url, a.image]),
      [
        [undefined, { url: '/a.jpg' }],
        [undefined, undefined],
      ],
    );
    assert.deepEqual(lines(issues), [
      'channel.item[0].media:group.media:content[0]@width: expected a whole number from 1 to 200000; ignored',
      'channel.item[0].link: not an http(s) or relative URL; dropped',
      'channel.item[0].category: longer than 1000 characters; cut',
      'channel.item[1].enclosure@url: not an http(s) or relative URL; dropped',
      'channel.item[1].enclosure@url: missing or unsafe; image ignored',
    ]);
  });

  test('no channel, RSS 1.0, XML that is not well-formed, and XML text without a DOMParser', async () => {
    assert.deepEqual(lines((await read(xml('<rss version="2.0"/>'))).issues), [
      'channel: missing: an RSS feed has its items in a channel',
    ]);
    const rdf = '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/>';
    assert.deepEqual(lines((await read(xml(rdf))).issues), ['$: expected an RSS 2.0 or Atom 1.0 feed, not <rdf:RDF>']);
    assert.deepEqual(lines((await read(xml('<rss><channel></rss>'))).issues), ['$: not valid XML']);
    assert.deepEqual(lines((await read('  <rss version="2.0"><channel/></rss>')).issues), [
      '$: XML text needs a DOMParser: pass a parsed Document',
    ]);
    globalThis.DOMParser = DOMParser;
    try {
      const { article } = await read(
        '\n<rss version="2.0"><channel><item><title>From text</title></item></channel></rss>',
      );
      assert.equal(article.items[0].article.headline, 'From text');
    } finally {
      delete globalThis.DOMParser;
    }
  });
});

describe('Atom 1.0', () => {
  test('the fixture: xml:base, text constructs, dates, authors inherited, categories, enclosure, rel=next', async () => {
    const { article, issues } = await read(xml(await fixture('atom.xml')));
    assert.equal(article.next, 'atom-2.xml');
    const [first, second, third] = article.items.map((item) => item.article);
    assert.deepEqual(
      [first.headline, first.url, first.description, first.tags, first.authors],
      [
        'Summit in Astana ends with a railway deal & a fund',
        'https://example.com/news/2025/06/17/rail-deal',
        'Leaders of five Central Asian states and China signed the agreement.',
        [{ name: 'Rail & Transport' }, { name: 'diplomacy' }],
        [{ name: 'Aigerim Bekova', url: 'https://example.com/authors/aigerim' }],
      ],
    );
    assert.deepEqual(
      [second.description, second.datePublished.iso, second.dateModified, second.image, second.inLanguage],
      [
        'Торги начались в 10:00. Курс & объёмы — позже.',
        '2025-06-18T23:30:00-04:00',
        undefined,
        { url: '/test/fixtures/hero.svg' },
        'ru',
      ],
    );
    assert.deepEqual([third.url, third.description], ['/world/caspian', 'Plain text: a <summary> stays as written.']);
    assert.deepEqual(lines(issues), [
      'entry[3].updated: not an ISO 8601 date; ignored',
      'entry[3].link@href: not an http(s) or relative URL; dropped',
    ]);
  });

  test('link choice, out-of-line content, source, paths of repeated elements, a bad next', async () => {
    const entries = `<entry><title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">An <em>xhtml</em> title</div></title>
        <link rel="related" href="https://a.example/related"/><link rel="self" href="https://a.example/self"/>
        <content type="video/mp4" src="https://a.example/v.mp4"/>
        <author><name>A</name><uri>mailto:a@example.com</uri></author><author><name>B</name></author>
        <source><title>Agency Wire</title></source><updated>2025-06-18T09:00:00Z</updated></entry>
      <entry><link href="/untitled"/><updated>2025-06-18T09:00:00Z</updated></entry>`;
    const { article, issues } = await read(atom(entries, '<link rel="next" href="javascript:void 0"/>'));
    const [a] = article.items.map((item) => item.article);
    assert.deepEqual(
      [a.headline, a.url, a.description, a.authors, a.publisher, a.datePublished.iso],
      [
        'An xhtml title',
        'https://a.example/related',
        undefined,
        [{ name: 'A' }, { name: 'B' }],
        { name: 'Agency Wire' },
        '2025-06-18T09:00:00Z',
      ],
    );
    assert.equal(article.next, undefined);
    assert.deepEqual(lines(issues), [
      'entry[0].author[0].uri: not an http(s) or relative URL; dropped',
      'entry[1].title: required: a non-empty string',
      'link@href: not an http(s) or relative URL; ignored',
    ]);
  });
});

describe('RFC 822 dates', () => {
  test('named and numeric zones, two-digit years, no seconds, a comment; each as ISO 8601', () => {
    const cases = {
      'Tue, 17 Jun 2025 09:30:00 GMT': '2025-06-17T09:30:00Z',
      'Tue, 17 Jun 2025 09:30:00 UT': '2025-06-17T09:30:00Z',
      '17 Jun 2025 09:30 +0530': '2025-06-17T09:30:00+05:30',
      'Wed, 18 Jun 2025 22:15:00 -0400': '2025-06-18T22:15:00-04:00',
      'Mon, 06 Jan 2025 08:00:00 EST': '2025-01-06T08:00:00-05:00',
      'Mon, 30 Jun 2025 08:00:00 EDT': '2025-06-30T08:00:00-04:00',
      'Mon, 30 Jun 2025 08:00:00 CDT': '2025-06-30T08:00:00-05:00',
      'Mon, 06 Jan 2025 08:00:00 MST': '2025-01-06T08:00:00-07:00',
      'Mon, 06 Jan 2025 08:00:00 pst': '2025-01-06T08:00:00-08:00',
      'Mon, 30 Jun 2025 08:00:00 PDT': '2025-06-30T08:00:00-07:00',
      '1 Jan 99 0:00:00 Z': '1999-01-01T00:00:00Z',
      '1 Jan 49 12:00:00 A': '2049-01-01T12:00:00Z',
      'Thu, 29 Feb 2024 23:59:59 +0000 (UTC)': '2024-02-29T23:59:59+00:00',
    };
    for (const [value, iso] of Object.entries(cases)) assert.equal(rfc822Date(value), iso, value);
  });

  test('what is not one: a date that does not exist, a time out of range, no zone, ISO 8601, words', () => {
    for (const value of [
      'Sat, 29 Feb 2025 00:00:00 GMT',
      'Tue, 31 Jun 2025 09:30:00 GMT',
      'Tue, 17 Jun 2025 24:00:00 GMT',
      'Tue, 17 Jun 2025 09:60:00 GMT',
      'Tue, 17 Jun 2025 09:30:00',
      'Tue, 17 Jun 2025 09:30:00 J',
      'Tue, 17 Jun 2025 09:30:00 +2500',
      'Tue, 17 June 2025 09:30:00 GMT',
      '2025-06-17T09:30:00Z',
      '19 June 2025',
      '',
    ]) {
      assert.equal(rfc822Date(value), undefined, value);
    }
  });
});
