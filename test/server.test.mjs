// news-article-elements/server on Node, as a publisher's server calls it: what renderToString
// writes for each element, language, option and input shape, and that it never throws.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { JSDOM } from 'jsdom';
import { renderToString, renderPage, articleJsonLd, normalizeArticle } from '../lib/server/index.js';
import * as translations from '../lib/translations/locales.js';
import { en } from '../lib/translations/en.js';

const seed = JSON.parse(await readFile(new URL('../demo/seed-article.json', import.meta.url), 'utf8'));
const full = {
  headline: 'Summit in Astana ends with a railway deal',
  alternativeHeadline: 'Leaders agree on the route',
  section: 'World',
  description: 'Five Central Asian states and China signed the agreement.',
  articleBody: 'The first paragraph.\n\nThe second paragraph.',
  image: {
    url: '/img/hero.jpg',
    alt: 'Delegates',
    caption: 'After the signing.',
    credit: 'Photo: Agency',
    width: 1200,
    height: 675,
  },
  author: [{ name: 'Aigerim Bekova', url: 'https://example.com/authors/aigerim' }, 'Chen Li'],
  publisher: { name: 'The Example Times', url: 'https://example.com/' },
  datePublished: '2024-06-03T09:30:00Z',
  dateModified: '2024-06-04T12:00:00Z',
  dateline: 'Astana',
  url: '/world/summit-astana',
  inLanguage: 'en',
  tags: [{ name: 'Central Asia', url: '/topics/central-asia' }, 'Railways'],
  keyPoints: ['The route runs through Kyrgyzstan.'],
  related: [{ headline: 'What the railway means', url: '/world/railway', datePublished: '2024-05-20' }],
};
const LOCALES = { en, ...translations };

/** The output parsed as a browser without declarative shadow DOM would: shadow roots as templates. */
function parse(html) {
  const { document } = new JSDOM(`<body>${html}`).window;
  const host = document.body.firstElementChild;
  const shadow = host.querySelector(':scope > template[shadowrootmode="open"]').content;
  const data = JSON.parse(host.querySelector(':scope > script[type="application/json"]').textContent);
  const jsonLd = host.querySelector(':scope > script[type="application/ld+json"]');
  const light = [...host.children].filter((el) => !['TEMPLATE', 'SCRIPT'].includes(el.tagName));
  return { document, host, shadow, data, jsonLd: jsonLd && JSON.parse(jsonLd.textContent), light };
}
const text = (node) => node?.textContent.replace(/\s+/g, ' ').trim();

describe('renderToString', () => {
  test('<news-article>: the seed article in the shadow root, the light DOM and the inline data', async () => {
    const { html, issues } = await renderToString(seed);
    assert.deepEqual(issues, []);
    const { host, shadow, data, jsonLd, light } = parse(html);
    assert.equal(host.localName, 'news-article');
    assert.equal(host.getAttribute('lang'), 'en');
    assert.equal(host.getAttribute('time-zone'), 'UTC');
    assert.equal(text(shadow.querySelector('h1[part~="headline"]')), seed.headline);
    const paragraphs = seed.articleBody.split('\n\n');
    assert.deepEqual([...shadow.querySelectorAll('[part~="body"] p')].map(text), paragraphs);
    const tags = shadow.querySelector('news-tags').querySelector('template').content;
    assert.deepEqual([...tags.querySelectorAll('[part~="tag"]')].map(text), seed.tags);
    assert.equal(shadow.querySelector('news-tags').hasAttribute('defer-hydration'), true);
    assert.deepEqual(data, normalizeArticle(data).article && data, 'the inline data is an article');
    assert.equal(data.headline, seed.headline);
    assert.equal(jsonLd['@type'], 'NewsArticle');
    assert.equal(light.length, 1);
    assert.equal(text(light[0].querySelector('h1')), seed.headline);
    assert.deepEqual([...light[0].querySelectorAll(':scope > p')].slice(-paragraphs.length).map(text), paragraphs);
  });

  test('each element renders its own slice, with only the fields it shows in its data', async () => {
    const expected = {
      'news-card': ['h3 a[part~="link"]', full.headline],
      'news-tags': ['[part~="tag"]', 'Central Asia'],
      'news-key-points': ['li[part~="item"]', full.keyPoints[0]],
      'news-related': ['a[part~="link"]', full.related[0].headline],
    };
    for (const [element, [selector, value]] of Object.entries(expected)) {
      const { html, issues } = await renderToString(full, { element });
      assert.deepEqual(issues, [], element);
      const { host, shadow, data, jsonLd, light } = parse(html);
      assert.equal(host.localName, element);
      assert.equal(text(shadow.querySelector(selector)), value, element);
      assert.equal(data.articleBody, undefined, `${element} carries no body`);
      assert.equal(jsonLd, null, `${element} writes no JSON-LD`);
      assert.ok(light.length > 0, `${element} has a light-DOM copy`);
    }
  });

  test('the inline data reads back as the very article the server rendered', async () => {
    const { html } = await renderToString({ ...full, headline: 'x'.repeat(1200), wordCount: 1500 });
    const { data } = parse(html);
    const again = normalizeArticle(data);
    assert.deepEqual(again.issues, [], 'read again: nothing cut, nothing dropped');
    assert.equal(again.article.headline.length, 1000);
    assert.equal(again.article.readingMinutes, 7);
  });

  test('every built-in language: labels, dates and reading time as Intl writes them', async () => {
    for (const [lang, labels] of Object.entries(LOCALES)) {
      const { html } = await renderToString(full, { lang, timeZone: 'Asia/Almaty' });
      const { host, shadow } = parse(html);
      assert.equal(host.getAttribute('lang'), lang);
      assert.equal(host.getAttribute('dir'), lang === 'ar' ? 'rtl' : null, lang);
      const keyPoints = shadow.querySelector('news-key-points').querySelector('template').content;
      assert.equal(text(keyPoints.querySelector('[part~="heading"]')), labels.keyPoints, lang);
      const date = new Intl.DateTimeFormat(lang, {
        ...{ year: 'numeric', month: 'long', day: 'numeric', hour: 'numeric', minute: '2-digit' },
        ...{ timeZone: 'Asia/Almaty', timeZoneName: 'short' },
      }).format(new Date(full.datePublished));
      assert.equal(text(shadow.querySelector('[part~="published"] time')), date, lang);
      const minutes = new Intl.NumberFormat(lang, { style: 'unit', unit: 'minute', unitDisplay: 'long' }).format(1);
      assert.equal(text(shadow.querySelector('[part~="reading-time"]')), labels.readingTime.replace('{time}', minutes));
    }
  });

  test('options become attributes the browser renders with, and change the output', async () => {
    const labels = { keyPoints: 'In short', nope: 1 };
    const options = {
      headingLevel: 2,
      linkTarget: '_blank',
      tagHref: '/t/{slug}',
      ugc: true,
      theme: 'dark',
      labels,
      jsonLd: false,
    };
    const { html, issues } = await renderToString({ ...full, tags: ['Café Society'] }, options);
    assert.deepEqual(issues, [
      { path: 'options.labels.nope', message: 'not a label, or not a string; ignored', severity: 'warning' },
    ]);
    const { host, shadow } = parse(html);
    assert.deepEqual(Object.fromEntries([...host.attributes].map((a) => [a.name, a.value])), {
      lang: 'en',
      'time-zone': 'UTC',
      'heading-level': '2',
      'link-target': '_blank',
      'tag-href': '/t/{slug}',
      theme: 'dark',
      labels: '{"keyPoints":"In short"}',
      ugc: '',
      'no-json-ld': '',
    });
    assert.ok(shadow.querySelector('h2[part~="headline"]'));
    assert.equal(shadow.querySelector('[part~="author-link"]').getAttribute('target'), '_blank');
    const tags = shadow.querySelector('news-tags').querySelector('template').content;
    assert.equal(tags.querySelector('a[part~="tag"]').getAttribute('href'), '/t/cafe-society');
    const keyPoints = shadow.querySelector('news-key-points').querySelector('template').content;
    assert.equal(text(keyPoints.querySelector('h3')), 'In short');
  });

  test('schema.org JSON-LD input, as an object, an array and an @graph', async () => {
    const node = { '@type': 'NewsArticle', headline: 'From JSON-LD', author: { '@type': 'Person', name: 'A. Writer' } };
    for (const input of [
      { '@context': 'https://schema.org', ...node },
      [{ '@type': 'WebSite' }, node],
      { '@graph': [node] },
    ]) {
      const { html, issues } = await renderToString(input);
      assert.deepEqual(issues, []);
      assert.equal(text(parse(html).shadow.querySelector('h1')), 'From JSON-LD');
    }
  });

  test('an HTML body is sanitized with the browser allowlist, headings moved below the headline', async () => {
    const bodyHtml =
      '<h1>Inside</h1><p onclick="x()">One <a href="javascript:x()">bad</a> <a href="/ok">ok</a></p><script>x()</script>';
    const { html } = await renderToString({ headline: 'H', bodyHtml, dateline: 'Astana' });
    const { shadow, light } = parse(html);
    const body = shadow.querySelector('[part~="body"]');
    assert.equal(body.querySelector('h2').textContent, 'Inside');
    assert.equal(text(body.querySelector('p')), 'Astana — One bad ok');
    assert.equal(body.querySelector('[onclick], script, [href^="javascript"]'), null);
    assert.equal(body.querySelector('a[href="/ok"]').getAttribute('rel'), 'noopener noreferrer');
    assert.ok(shadow.querySelector('style').textContent.includes('blockquote'), 'the body styles come along');
    assert.equal(light[0].querySelector('a[href="/ok"]').textContent, 'ok');
  });

  test('JSON-LD meets the Article guidelines and nothing can break out of its script', async () => {
    const hostile = { ...full, headline: '</script><script>alert(1)</script><!-- a\u2028b\u2029c' };
    const { html, issues } = await renderToString(hostile, { baseUrl: 'https://example.com/x/' });
    assert.deepEqual(issues, []);
    const open = '<script type="application/ld+json" data-news-json-ld>';
    const raw = html.slice(html.indexOf(open) + open.length, html.indexOf('</script>', html.indexOf(open)));
    assert.ok(!/[<>\u2028\u2029]/.test(raw), 'no markup or line separator in the script text');
    const { jsonLd } = parse(html);
    assert.deepEqual(JSON.parse(raw), jsonLd, 'the script ends where the JSON ends');
    assert.deepEqual(jsonLd, articleJsonLd(normalizeArticle(hostile).article, 'https://example.com/x/'));
    assert.equal(jsonLd.headline, hostile.headline);
    assert.equal(jsonLd.url, 'https://example.com/world/summit-astana');
    assert.deepEqual(jsonLd.mainEntityOfPage, { '@type': 'WebPage', '@id': 'https://example.com/world/summit-astana' });
    assert.deepEqual(jsonLd.author, [
      { '@type': 'Person', name: 'Aigerim Bekova', url: 'https://example.com/authors/aigerim' },
      { '@type': 'Person', name: 'Chen Li' },
    ]);
    assert.equal(jsonLd.image[0].url, 'https://example.com/img/hero.jpg');
    assert.deepEqual(
      [jsonLd.datePublished, jsonLd.dateModified, jsonLd.wordCount],
      [full.datePublished, full.dateModified, 6],
    );
    assert.deepEqual(jsonLd.keywords, ['Central Asia', 'Railways']);
  });

  test('JSON-LD given with its @context is kept as the publisher wrote it (paywall markup, logo, types)', async () => {
    const given = {
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Behind the paywall',
      isAccessibleForFree: false,
      hasPart: { '@type': 'WebPageElement', isAccessibleForFree: false, cssSelector: '.paywalled' },
      publisher: {
        '@type': 'NewsMediaOrganization',
        name: 'The Example Times',
        logo: { '@type': 'ImageObject', url: 'https://example.com/logo.png' },
      },
    };
    const { html, issues } = await renderToString(given);
    assert.deepEqual(issues, []);
    assert.deepEqual(parse(html).jsonLd, given);
    const page = new JSDOM((await renderPage(given, { script: '' })).html).window.document;
    assert.deepEqual(JSON.parse(page.querySelector('script[type="application/ld+json"]').textContent), given);
  });

  test('without baseUrl, relative URLs stay relative in the JSON-LD, with a warning; jsonLd: false writes none', async () => {
    const { html, issues } = await renderToString(full);
    assert.equal(parse(html).jsonLd.url, '/world/summit-astana');
    assert.deepEqual(
      issues.map((i) => i.path),
      ['options.baseUrl'],
    );
    const without = parse((await renderToString(full, { jsonLd: false })).html);
    assert.equal(without.jsonLd, null);
    assert.equal(without.host.hasAttribute('no-json-ld'), true);
  });

  test('an invalid article gives no HTML and all its issues; bad options are named; nothing throws', async () => {
    assert.deepEqual(await renderToString({ headline: ' ', author: 42 }), {
      html: '',
      issues: [
        { path: 'headline', message: 'required: a non-empty string', severity: 'error' },
        { path: 'author', message: 'expected a string or an object with a name; ignored', severity: 'warning' },
      ],
    });
    const unknown = await renderToString(full, { element: 'news-ticker' });
    assert.equal(unknown.html, '');
    assert.equal(unknown.issues.at(-1).path, 'options.element');
    const bad = await renderToString(full, {
      lang: 'not a tag!',
      timeZone: 'Mars/Olympus',
      headingLevel: 9,
      theme: 'pink',
      extra: 1,
    });
    assert.deepEqual(bad.issues.map((i) => i.path).sort(), [
      'options.baseUrl',
      'options.extra',
      'options.headingLevel',
      'options.lang',
      'options.theme',
      'options.timeZone',
    ]);
    assert.equal(parse(bad.html).host.getAttribute('time-zone'), 'UTC');
    const throwing = new Proxy(
      {},
      {
        get: () => {
          throw new Error('no');
        },
        ownKeys: () => {
          throw new Error('no');
        },
      },
    );
    for (const input of [undefined, null, 42, 'text', [], throwing, { headline: { toString: () => 'x' } }]) {
      const result = await renderToString(input, throwing);
      assert.equal(result.html, '');
      assert.ok(result.issues.some((i) => i.severity === 'error'));
    }
  });
});

describe('the demo (npm start)', () => {
  test('serves the seed article rendered on the server, and the Arabic one on a right-to-left page', async () => {
    const { demoPage } = await import('../scripts/demo-page.mjs');
    const html = await demoPage(new URL('http://localhost:8000/demo/'));
    const { document } = new JSDOM(html).window;
    const article = document.getElementById('article');
    const shadow = article.querySelector(':scope > template[shadowrootmode]').content;
    assert.equal(text(shadow.querySelector('h1')), seed.headline);
    assert.equal(text(article.querySelector(':scope > article > h1')), seed.headline);
    // The "Latest" feed too, three cards of its first page, More for the rest.
    const feed = document.getElementById('feed');
    const feedShadow = feed.querySelector(':scope > template[shadowrootmode]').content;
    assert.equal(feedShadow.querySelectorAll('news-card').length, 3);
    assert.ok(feedShadow.querySelector('[part~="more"]'));
    assert.equal(feed.getAttribute('limit'), '3');
    const arabic = new JSDOM(await demoPage(new URL('http://localhost:8000/demo/?article=ar'))).window.document;
    assert.equal(arabic.documentElement.dir, 'rtl');
    assert.equal(arabic.getElementById('article').getAttribute('lang'), 'ar');
  });
});

describe('renderPage', () => {
  test('a document with the head a news page needs and the element without its own JSON-LD', async () => {
    const { html, issues } = await renderPage(full, { baseUrl: 'https://example.com/', script: '/bundle.js' });
    assert.deepEqual(issues, []);
    const { document } = new JSDOM(html).window;
    const meta = (key) =>
      document.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content');
    assert.ok(html.startsWith('<!doctype html>'));
    assert.equal(document.documentElement.lang, 'en');
    assert.equal(document.title, full.headline);
    assert.equal(meta('description'), full.description);
    assert.equal(document.querySelector('link[rel="canonical"]').href, 'https://example.com/world/summit-astana');
    assert.equal(meta('og:type'), 'article');
    assert.equal(meta('og:image'), 'https://example.com/img/hero.jpg');
    assert.equal(meta('article:published_time'), full.datePublished);
    assert.equal(document.querySelectorAll('script[type="application/ld+json"]').length, 1);
    assert.equal(document.querySelector('news-article').hasAttribute('no-json-ld'), true);
    assert.equal(document.querySelector('script[type="module"]').getAttribute('src'), '/bundle.js');
    assert.equal(meta('og:locale'), 'en_US');
  });

  test('without a description, the body opening describes the page', async () => {
    const { html } = await renderPage(seed);
    const description = new JSDOM(html).window.document.querySelector('meta[name="description"]').content;
    assert.ok(seed.articleBody.startsWith(description.slice(0, -1)) && description.endsWith('…'));
    assert.ok(description.length <= 200);
  });
});
