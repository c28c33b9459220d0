// renderToString with element: 'news-feed' on Node: a feed in every shape the browser reads (an
// array, {items, next}, a schema.org ItemList, a JSON Feed, RSS and Atom text) rendered as the feed
// element with its cards, a plain list of links and the inline data the bundle hydrates.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { JSDOM } from 'jsdom';
import { renderPage, renderToString } from '../lib/server/index.js';

const fixture = (name) => readFile(new URL(`./fixtures/feeds/${name}`, import.meta.url), 'utf8');
const story = (n) => ({
  headline: `Story ${n}`,
  url: `/stories/${n}`,
  description: `The ${n}th story.`,
  datePublished: '2025-06-17',
  articleBody: 'Not shown on a card.',
  keyPoints: ['Not shown either.'],
});
const text = (node) => node?.textContent.replace(/\s+/g, ' ').trim();
const shadowOf = (host) => host.querySelector(':scope > template[shadowrootmode="open"]').content;

/** The feed element, its shadow root, each card's shadow root, the inline data and the light copy. */
function parse(html) {
  const host = new JSDOM(`<body>${html}`).window.document.body.firstElementChild;
  const shadow = shadowOf(host);
  const cards = [...shadow.querySelectorAll('news-card')];
  return {
    host,
    shadow,
    cards,
    headlines: cards.map((card) => text(shadowOf(card).querySelector('[part~="headline"]'))),
    data: JSON.parse(host.querySelector(':scope > script[type="application/json"]').textContent),
    copy: [...host.querySelectorAll(':scope > ul a')].map((a) => [text(a), a.getAttribute('href')]),
  };
}

describe('renderToString: <news-feed>', () => {
  test('an array: the heading, a card per valid article, the invalid one named, a card’s fields only in the data', async () => {
    const { html, issues } = await renderToString([story(1), { headline: '' }, story(3)], { element: 'news-feed' });
    assert.deepEqual(
      issues.map((i) => [i.path, i.severity]),
      [['[1].headline', 'warning']],
    );
    const { host, shadow, cards, headlines, data, copy } = parse(html);
    assert.equal(host.localName, 'news-feed');
    assert.equal(text(shadow.querySelector('h2[part~="heading"]')), 'Latest');
    assert.deepEqual(headlines, ['Story 1', 'Story 3']);
    assert.ok(
      cards.every((card) => card.hasAttribute('defer-hydration') && card.getAttribute('heading-level') === '3'),
    );
    assert.equal(shadowOf(cards[0]).querySelector('a[part~="link"]').getAttribute('href'), '/stories/1');
    assert.match(shadow.querySelector('style').textContent, /grid-template-columns/, 'the feed view’s styles');
    assert.equal(shadow.querySelector('[part~="more"]'), null, 'no More when all show and there is no next page');
    assert.deepEqual(Object.keys(data), ['items']);
    assert.deepEqual(data.items[0], {
      headline: 'Story 1',
      description: 'The 1th story.',
      datePublished: '2025-06-17',
      url: '/stories/1',
    });
    assert.deepEqual(copy, [
      ['Story 1', '/stories/1'],
      ['Story 3', '/stories/3'],
    ]);
  });

  test('{items, next} with limit, layout and lang: More, the next page as given, German labels and dates', async () => {
    const feed = { items: [story(1), story(2), story(3)], next: 'page-2.json' };
    const { html, issues } = await renderToString(feed, { element: 'news-feed', limit: 2, layout: 'list', lang: 'de' });
    assert.deepEqual(issues, []);
    const { host, shadow, headlines, data, copy } = parse(html);
    assert.deepEqual(
      ['lang', 'limit', 'layout'].map((name) => host.getAttribute(name)),
      ['de', '2', 'list'],
    );
    assert.equal(text(shadow.querySelector('h2')), 'Neueste Artikel');
    assert.deepEqual(headlines, ['Story 1', 'Story 2']);
    assert.equal(shadow.querySelector('ul[part~="list"]').className, 'list');
    assert.equal(text(shadow.querySelector('button[part~="more"]')), 'Mehr');
    assert.equal(data.next, 'page-2.json');
    assert.equal(copy.length, 3, 'the light copy lists every card: More needs a script');
    assert.equal(text(host.querySelector(':scope > ul time')), '17.06.2025');
  });

  test('RSS and Atom text, a JSON Feed and a schema.org ItemList are read as the browser reads them', async () => {
    const itemList = {
      '@context': 'https://schema.org',
      '@type': 'ItemList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, item: { '@type': 'NewsArticle', headline: 'Listed', url: '/l' } },
      ],
    };
    const cases = [
      [await fixture('rss.xml'), 3, 'Summit in Astana ends with a railway deal'], // its third item has no title
      [await fixture('atom.xml'), 4, 'Summit in Astana ends with a railway deal & a fund'],
      [JSON.parse(await fixture('json-feed.json')), undefined, 'Summit in Astana ends with a railway deal'],
      [itemList, 1, 'Listed'],
    ];
    for (const [input, count, first] of cases) {
      const { html, issues } = await renderToString(input, { element: 'news-feed' });
      assert.ok(!issues.some((i) => i.severity === 'error'), JSON.stringify(issues));
      const { headlines, data } = parse(html);
      if (count !== undefined) assert.equal(headlines.length, count);
      if (first) assert.equal(headlines[0], first);
      assert.deepEqual(
        headlines,
        data.items.map((item) => item.headline),
      );
      assert.ok(
        data.items.every((item) => !('@type' in item)),
        'the data is format v1',
      );
    }
  });

  test('what is no feed, options for another element and renderPage say so, and nothing throws', async () => {
    const notFeed = await renderToString({ headline: 'One article' }, { element: 'news-feed' });
    assert.equal(notFeed.html, '');
    assert.equal(notFeed.issues[0].severity, 'error');
    const brokenXml = await renderToString('<rss><channel><item>', { element: 'news-feed' });
    assert.equal(brokenXml.html, '');
    assert.ok(brokenXml.issues.length > 0);
    const hostile = await renderToString(
      new Proxy([], {
        get() {
          throw new Error('no');
        },
      }),
      { element: 'news-feed' },
    );
    assert.deepEqual([hostile.html, hostile.issues[0].path], ['', '$']);
    const card = await renderToString(story(1), { element: 'news-card', limit: 2, layout: 'list' });
    assert.deepEqual(
      card.issues.map((i) => [i.path, i.message]),
      [
        ['options.limit', 'only for news-feed; ignored'],
        ['options.layout', 'only for news-feed; ignored'],
      ],
    );
    const limits = await renderToString([story(1)], { element: 'news-feed', limit: 0, layout: 'masonry' });
    assert.deepEqual(
      limits.issues.map((i) => i.path),
      ['options.limit', 'options.layout'],
    );
    const page = await renderPage([story(1)], { element: 'news-feed' });
    assert.deepEqual([page.html, page.issues[0].path], ['', 'options.element']);
  });
});
