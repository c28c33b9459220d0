// WordPress posts and IPTC ninjs items (1.x, 2.x, 3.x) as the article, on Node through lib/: each
// fixture recognised by its shape and mapped field by field, every unusable field reported at its
// path in the input, the v1 bounds applied, and the same input rendered by renderToString with its
// HTML body sanitized.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { JSDOM } from 'jsdom';
import { LIMITS, formatOf, loadFormat, normalizeArticle, renderToString } from '../lib/server/index.js';
import { decodeEntities, plainText } from '../lib/pipeline/format-helpers.js';

const fixture = async (name) =>
  JSON.parse(await readFile(new URL(`./fixtures/formats/${name}.json`, import.meta.url), 'utf8'));
/** The input read as the elements read it: its format's reader loaded, then normalized. */
async function read(input) {
  await loadFormat(input);
  return normalizeArticle(input);
}
const date = (value) => value?.iso;
const lines = (issues) => issues.map(({ path, message }) => `${path}: ${message}`);
/** `fields` of the article, dates as their ISO strings. */
const pick = (article, ...fields) =>
  Object.fromEntries(
    fields.map((key) => [key, /^date(Published|Modified)$/.test(key) ? date(article[key]) : article[key]]),
  );

describe('recognised by shape', () => {
  test('each fixture names its format; v1 and JSON-LD articles stay what they are', async () => {
    const names = ['wordpress-post', 'wordpress-post-embed', 'ninjs-1', 'ninjs-1-text', 'ninjs-2', 'ninjs-3'];
    const formats = await Promise.all(names.map(async (name) => formatOf(await fixture(name))));
    assert.deepEqual(formats, ['WordPress', 'WordPress', 'ninjs', 'ninjs', 'ninjs', 'ninjs']);
    assert.equal(formatOf([await fixture('wordpress-post')]), 'WordPress', 'a list of posts, as ?slug= answers');
    // v1, even with extra fields (ignored) that some ninjs and WordPress fields are named like.
    const v1 = { headline: 'H', title: 'A title', uri: 'urn:x', version: '1', type: 'text', byline: 'B', body: 'x' };
    for (const input of [v1, { headline: 'H', bodyHtml: '<p>x</p>', datePublished: '2025-01-01' }, null, 'x', 7]) {
      assert.equal(formatOf(input), undefined, JSON.stringify(input));
    }
    assert.equal(formatOf({ '@type': 'NewsArticle', headline: 'H' }), 'schema.org JSON-LD');
    assert.equal(formatOf([{ '@type': 'NewsArticle', headline: 'H' }]), 'schema.org JSON-LD');
  });
});

describe('WordPress', () => {
  test('a plain post: title with its entities decoded, content as the HTML body, excerpt, GMT dates, link', async () => {
    const { article, issues } = await read(await fixture('wordpress-post'));
    assert.deepEqual(pick(article, 'headline', 'description', 'datePublished', 'dateModified', 'url'), {
      headline: 'Summit in Astana ends with a railway deal – and a “new era” for trade & transit',
      description:
        'Leaders of five Central Asian states and China signed the agreement on the last day of the summit’s talks. The route runs through…',
      datePublished: '2025-06-17T09:30:00Z',
      dateModified: '2025-06-17T12:05:00Z',
      url: 'https://example.com/2025/06/17/summit-in-astana-ends-with-a-railway-deal/',
    });
    assert.match(article.bodyHtml, /^<p>Leaders of five Central Asian states.*construction starts next year\.<\/p>$/s);
    assert.deepEqual([article.authors, article.tags, article.image, article.section], [[], [], undefined, undefined]);
    // Without _embed, the author, image and terms are IDs: each reported where it is.
    assert.deepEqual(lines(issues), [
      'author: a user ID, not a name (request the post with ?_embed); no byline',
      'featured_media: a media ID, not an image (request the post with ?_embed); no image',
      'categories: term IDs, not names (request the post with ?_embed); ignored',
      'tags: term IDs, not names (request the post with ?_embed); ignored',
    ]);
  });

  test('with _embed: author and link, featured image with alt, caption, credit and size, category, tags', async () => {
    const { article, issues } = await read(await fixture('wordpress-post-embed'));
    assert.deepEqual(issues, []);
    assert.equal(article.headline, 'What the rail deal means — Q&A');
    assert.equal(article.section, 'World & Region', 'the first category but the default "Uncategorized"');
    assert.deepEqual(article.authors, [{ name: 'Aigerim Bekova', url: 'https://example.com/author/aigerim/' }]);
    assert.deepEqual(article.image, {
      url: '/test/fixtures/hero.svg',
      alt: 'Delegates shake hands in a hall hung with flags',
      caption: 'Delegates after the signing in Astana’s Palace of Peace',
      credit: 'Daniyar Sultan',
      width: 1200,
      height: 675,
    });
    assert.deepEqual(article.tags, [
      { name: 'Central Asia', url: 'https://example.com/tag/central-asia/' },
      { name: 'Rail & Transport', url: 'https://example.com/tag/rail-transport/' },
    ]);
    assert.equal(date(article.datePublished), '2025-06-18T05:00:00Z');
    assert.equal(article.dateModified, undefined, 'modified_gmt equal to date_gmt: never updated');
    assert.equal(
      article.description,
      'Freight first, passengers later: the questions readers asked about the new line, answered.',
    );
  });

  test('a list of posts: the first is read, its paths under [0], the rest reported', async () => {
    const post = await fixture('wordpress-post-embed');
    const { article, issues } = await read([{ ...post, link: 'javascript:alert(1)' }, post]);
    assert.equal(article.headline, 'What the rail deal means — Q&A');
    assert.deepEqual(lines(issues), [
      '[0].link: not an http(s) or relative URL; dropped',
      '[1]: a list of posts: only the first is read',
    ]);
  });

  test('what cannot be used is reported at its path in the input', async () => {
    const post = await fixture('wordpress-post-embed');
    const { _embedded: embedded } = post;
    const [media] = embedded['wp:featuredmedia'];
    const [categories, tags] = embedded['wp:term'];
    const input = {
      ...post,
      date_gmt: 'last Tuesday',
      _embedded: {
        author: [{ ...embedded.author[0], link: 'javascript:alert(1)' }, { code: 'rest_user_invalid_id' }],
        'wp:featuredmedia': [
          {
            ...media,
            alt_text: 'a'.repeat(LIMITS.text + 5),
            media_details: { ...media.media_details, width: 0, height: '675' },
          },
        ],
        'wp:term': [categories, [tags[0], { ...tags[1], link: 'data:text/html,x' }, 'post_tag']],
      },
    };
    const { article, issues } = await read(input);
    assert.deepEqual(lines(issues), [
      '_embedded.wp:featuredmedia[0].alt_text: longer than 1000 characters; cut',
      '_embedded.wp:featuredmedia[0].media_details.width: expected a whole number from 1 to 200000; ignored',
      'date_gmt: not an ISO 8601 date; ignored',
      '_embedded.author[0].link: not an http(s) or relative URL; dropped',
      '_embedded.wp:term[1][1].link: not an http(s) or relative URL; dropped',
      '_embedded.author[1]: not readable (rest_user_invalid_id); author left out',
      '_embedded.wp:term[1][2]: not a term',
    ]);
    assert.equal(article.image.alt.length, LIMITS.text);
    assert.equal(article.image.height, 675);
    assert.deepEqual(article.authors, [{ name: 'Aigerim Bekova' }]);
  });

  test('no usable title: an error at title.rendered; a refused image, a protected body, Jetpack image', async () => {
    const post = await fixture('wordpress-post');
    const untitled = await read({ ...post, title: { rendered: 42 } });
    assert.equal(untitled.article, undefined);
    assert.deepEqual(lines(untitled.issues).slice(0, 2), [
      'title.rendered: expected a string; ignored',
      'title.rendered: required: a non-empty string',
    ]);
    const refused = {
      code: 'rest_forbidden',
      message: 'Sorry, you are not allowed to do that.',
      data: { status: 401 },
    };
    const { issues } = await read({
      ...post,
      content: { rendered: '', protected: true },
      _embedded: { 'wp:featuredmedia': [refused] },
    });
    assert.deepEqual(lines(issues), [
      'content.protected: password-protected: the response holds no body',
      '_embedded.wp:featuredmedia[0]: not readable (rest_forbidden); no image',
      'author: a user ID, not a name (request the post with ?_embed); no byline',
      'categories: term IDs, not names (request the post with ?_embed); ignored',
      'tags: term IDs, not names (request the post with ?_embed); ignored',
    ]);
    const jetpack = await read({ ...post, jetpack_featured_media_url: 'https://example.com/hall.jpg' });
    assert.deepEqual(jetpack.article.image, { url: 'https://example.com/hall.jpg' });
    assert.ok(!lines(jetpack.issues).some((line) => line.startsWith('featured_media')));
  });

  test('the v1 bounds: tags, authors and the body, reported at the lists and fields they came from', async () => {
    const post = await fixture('wordpress-post-embed');
    const term = (i) => ({ id: i, name: `Tag ${i}`, slug: `tag-${i}`, taxonomy: 'post_tag', link: `/tag/${i}/` });
    const user = (i) => ({ id: i, name: `Writer ${i}`, link: `/author/${i}/` });
    const input = {
      ...post,
      content: { rendered: `<p>${'word '.repeat(LIMITS.body / 5)}</p>` },
      _embedded: {
        author: Array.from({ length: 25 }, (_, i) => user(i)),
        'wp:term': [[], Array.from({ length: 250 }, (_, i) => term(i))],
      },
    };
    const { article, issues } = await read(input);
    assert.deepEqual(lines(issues), [
      'content.rendered: longer than 200000 characters; cut',
      '_embedded.author: more than 20 items; the rest dropped',
      '_embedded.wp:term[1]: more than 50 items; the rest dropped',
      '_embedded.wp:term[1]: more than 200 items; the rest not read',
      'featured_media: a media ID, not an image (request the post with ?_embed); no image',
    ]);
    assert.equal(article.bodyHtml.length, LIMITS.body);
    assert.deepEqual([article.authors.length, article.tags.length], [LIMITS.authors, LIMITS.tags]);
  });

  test('entities: numeric and the named ones WordPress writes, decoded exactly; tags dropped from titles', () => {
    const encoded =
      '&#8211;&#x2013;&#X2014;&amp;&lt;b&gt;&quot;&#039;&apos;&nbsp;&hellip;&ndash;&mdash;&lsquo;&rsquo;&ldquo;&rdquo;';
    assert.equal(decodeEntities(encoded), "––—&<b>\"''\u00a0…–—‘’“”");
    // Unknown names stay as written; what HTML would not decode to a character becomes U+FFFD.
    assert.equal(
      decodeEntities('&copy; &AMP; &#0; &#xD800; &#1114112; &#128512; &amp;amp;'),
      '&copy; &AMP; � � � 😀 &amp;',
    );
    assert.equal(plainText('<p>Rail <em>deal</em> &lt;b&gt;</p>\n<p>Two</p>'), 'Rail deal <b> Two');
    assert.equal(plainText('a <a <a <b'.repeat(20_000)).length > 0, true, 'linear on unclosed tags');
  });
});

describe('ninjs', () => {
  test('1.x with an HTML body: headline, extra headline, byline, dates, located, subjects, picture', async () => {
    const { article, issues } = await read(await fixture('ninjs-1'));
    assert.deepEqual(
      pick(article, 'headline', 'alternativeHeadlines', 'description', 'datePublished', 'dateModified', 'dateline'),
      {
        headline: 'Summit in Astana ends with a railway deal',
        alternativeHeadlines: ['Astana rail deal signed'],
        description: 'Five Central Asian states and China signed the agreement on the last day.',
        datePublished: '2025-06-17T09:30:00Z',
        dateModified: '2025-06-17T12:00:00Z',
        dateline: 'ASTANA',
      },
    );
    assert.deepEqual(article.authors, [{ name: 'Aigerim Bekova' }], 'the "By" of the byline dropped');
    assert.deepEqual(article.publisher, { name: 'Example News Agency' });
    assert.deepEqual([article.inLanguage, article.wordCount], ['en', 43]);
    assert.match(article.bodyHtml, /^<p>Leaders of five Central Asian states.*one minister said\.<\/p>$/);
    assert.deepEqual(article.tags, [{ name: 'Railway transport' }, { name: 'Diplomacy' }]);
    // The widest rendition no wider than 2048 pixels: not the 5472-pixel original, not the thumbnail.
    assert.deepEqual(article.image, {
      url: '/test/fixtures/hero.svg',
      alt: 'Delegates shake hands in a hall hung with flags',
      caption: 'Delegates after the signing in Astana.',
      credit: 'Daniyar Sultan',
      width: 1200,
      height: 675,
    });
    assert.deepEqual(lines(issues), ['subject[2].name: missing; item ignored']);
  });

  test('1.x with a plain body: one paragraph a line, the language', async () => {
    const { article, issues } = await read(await fixture('ninjs-1-text'));
    assert.deepEqual(issues, []);
    assert.equal(article.headline, 'Gipfel in Astana endet mit einem Bahnabkommen');
    assert.equal(article.bodyHtml, undefined);
    assert.deepEqual(article.paragraphs, [
      'Fünf zentralasiatische Staaten und China haben das Abkommen am letzten Gipfeltag unterzeichnet.',
      'Die Strecke führt durch Kirgistan und Usbekistan.',
      'Der Bau beginnt im nächsten Jahr.',
    ]);
    assert.deepEqual(pick(article, 'inLanguage', 'datePublished', 'dateModified', 'dateline'), {
      inLanguage: 'de',
      datePublished: '2025-06-18T07:15:00+02:00',
      dateModified: undefined,
      dateline: 'Astana',
    });
    assert.deepEqual([article.authors, article.tags], [[{ name: 'Aigerim Bekova' }], [{ name: 'Eisenbahn' }]]);
  });

  test('2.0: main headline and alternatives, the HTML body over the plain one, descriptions, by, picture', async () => {
    const { article, issues } = await read(await fixture('ninjs-2'));
    assert.deepEqual(issues, []);
    assert.equal(article.headline, 'Summit in Astana ends with a railway deal');
    assert.deepEqual(article.alternativeHeadlines, [
      'Leaders agree on the route through Kyrgyzstan',
      'Astana rail deal & more',
    ]);
    assert.match(article.bodyHtml, /^<p>Leaders .*<a href="https:\/\/en.wikipedia.org\/wiki\/Kyrgyzstan">/);
    assert.deepEqual(article.paragraphs, []);
    assert.equal(article.wordCount, 27, "the HTML body's wordcount");
    assert.equal(article.description, 'Five Central Asian states and China signed the agreement on the last day.');
    assert.deepEqual(article.authors, [{ name: 'Aigerim Bekova and Chen Li' }]);
    assert.deepEqual(pick(article, 'datePublished', 'dateModified', 'inLanguage'), {
      datePublished: '2025-06-17T14:30:00+05:00',
      dateModified: '2025-06-17T17:05:00+05:00',
      inLanguage: 'en-GB',
    });
    assert.deepEqual(article.tags, [{ name: 'Railway transport' }, { name: 'Diplomacy' }]);
    assert.deepEqual(article.image, {
      url: '/test/fixtures/hero.svg',
      alt: 'Delegates shake hands in a hall hung with flags',
      caption: 'Delegates after the signing in Astana.',
      credit: 'Daniyar Sultan',
      width: 1200,
      height: 675,
    });
  });

  test('3.x (camelCase): the first HTML body of several, firstCreated, description as text, picture', async () => {
    const { article, issues } = await read(await fixture('ninjs-3'));
    assert.deepEqual(lines(issues), ['subjects[1].name: missing; item ignored']);
    assert.deepEqual(
      pick(article, 'headline', 'alternativeHeadlines', 'description', 'datePublished', 'dateModified'),
      {
        headline: 'Summit in Astana ends with a railway deal',
        alternativeHeadlines: ['Construction starts next year'],
        description: 'Five Central Asian states & China signed the agreement.',
        datePublished: '2025-06-17T09:30:00Z',
        dateModified: undefined,
      },
    );
    assert.match(article.bodyHtml, /^<html><head><title>/);
    assert.equal(article.wordCount, 17);
    assert.deepEqual(article.publisher, { name: 'Example News Agency' });
    assert.deepEqual(article.image, {
      url: '/test/fixtures/hero.svg',
      alt: 'Delegates shake hands in a hall hung with flags',
      caption: 'Delegates after the signing in Astana.',
      credit: 'Daniyar Sultan/Agency',
      width: 1024,
      height: 576,
    });
  });

  test('3.x with a plain body only', async () => {
    const { article, issues } = await read(await fixture('ninjs-3-text'));
    assert.deepEqual(issues, []);
    assert.deepEqual(article.paragraphs, ['Shares in rail builders rose in early trading.', 'Bonds were flat.']);
    assert.deepEqual([article.headline, article.wordCount], ['Rail shares rise after the Astana deal', 14]);
  });

  test('what cannot be used is reported at its path in the input', async () => {
    const item = await fixture('ninjs-2');
    const [main, alternative] = item.headlines;
    const [picture, related] = item.associations;
    const input = {
      ...item,
      headlines: [main, { ...alternative, value: 7 }, 'Short'],
      bodies: [{ contenttype: 'application/nitf+xml', value: '<nitf/>' }],
      versioncreated: 'yesterday',
      subjects: [{ name: 'Railway transport' }, 'Diplomacy'],
      associations: [
        related,
        {
          ...picture,
          descriptions: [{ role: 'caption', value: 'c'.repeat(LIMITS.text + 1) }],
          renditions: [picture.renditions[0], { ...picture.renditions[1], href: 'javascript:alert(1)' }],
        },
      ],
    };
    const { article, issues } = await read(input);
    assert.deepEqual(lines(issues), [
      'associations[1].renditions[1].href: not an http(s) or relative URL; dropped',
      'associations[1].descriptions[0].value: longer than 1000 characters; cut',
      'associations[1].renditions[1].href: missing or unsafe; image ignored',
      'versioncreated: not an ISO 8601 date; ignored',
      'headlines[1].value: expected a string; ignored',
      'headlines[2]: expected a headline object; ignored',
      'bodies[0].value: a body in a format not read here (only HTML and plain text); ignored',
      'subjects[1]: expected a subject object; ignored',
    ]);
    assert.equal(article.image, undefined);
    assert.deepEqual([article.alternativeHeadlines, article.paragraphs, article.bodyHtml], [[], [], undefined]);
  });

  test('1.x paths: associations by name, renditions by name; no headline is an error at the headline', async () => {
    const item = await fixture('ninjs-1');
    const picture = item.associations.featureimage;
    const input = {
      ...item,
      headline: '  ',
      associations: {
        featureimage: { ...picture, renditions: { ...picture.renditions, viewImage: { href: 'data:x', width: 1200 } } },
      },
    };
    const { article, issues } = await read(input);
    assert.equal(article, undefined);
    assert.deepEqual(lines(issues).slice(0, 3), [
      'headline: required: a non-empty string',
      'associations.featureimage.renditions.viewImage.href: not an http(s) or relative URL; dropped',
      'associations.featureimage.renditions.viewImage.href: missing or unsafe; image ignored',
    ]);
    const none = await read({ ...item, associations: { featureimage: { ...picture, renditions: {} } } });
    assert.ok(
      lines(none.issues).includes('associations.featureimage.renditions: no image rendition with an href; no image'),
    );
  });

  test('a withheld or canceled item is not an article: an error at pubstatus', async () => {
    for (const [key, status] of [
      ['pubstatus', 'canceled'],
      ['pubStatus', 'withheld'],
    ]) {
      const item = await fixture('ninjs-2');
      delete item.pubstatus;
      const { article, issues } = await read({ ...item, [key]: status });
      assert.equal(article, undefined);
      assert.deepEqual(issues.at(-1), {
        path: key,
        message: `${status} by its provider: not to be published`,
        severity: 'error',
      });
    }
  });

  test('the v1 bounds and the list bound, at the input paths', async () => {
    const item = await fixture('ninjs-3-text');
    const input = {
      ...item,
      headlines: Array.from({ length: 15 }, (_, i) => ({ role: i ? 'alternative' : 'main', value: `Headline ${i}` })),
      subjects: Array.from({ length: 250 }, (_, i) => ({ name: `Subject ${i}` })),
      bodies: [{ contentType: 'text/html', value: `<p>${'x'.repeat(LIMITS.body)}</p>` }],
    };
    const { article, issues } = await read(input);
    assert.deepEqual(lines(issues), [
      'bodies[0].value: longer than 200000 characters; cut',
      'headlines: more than 10 items; the rest dropped',
      'subjects: more than 50 items; the rest dropped',
      'subjects: more than 200 items; the rest not read',
    ]);
    assert.deepEqual(
      [article.alternativeHeadlines.length, article.tags.length, article.bodyHtml.length],
      [LIMITS.alternativeHeadlines, LIMITS.tags, LIMITS.body],
    );
  });

  test('hostile input: only own properties are read; a throwing getter refuses the item, never throws', async () => {
    const inherited = Object.assign(Object.create({ by: 'Mallory', language: 'xx' }), {
      headlines: [{ value: 'Own headline' }],
    });
    const { article } = await read(inherited);
    assert.deepEqual([article.headline, article.authors, article.inLanguage], ['Own headline', [], undefined]);
    const trap = {
      headlines: [{ value: 'H' }],
      get bodies() {
        throw new Error('boom');
      },
    };
    assert.deepEqual(await read(trap), {
      issues: [{ path: '$', message: 'the article could not be read', severity: 'error' }],
    });
  });
});

describe('through renderToString', () => {
  const { window } = new JSDOM('');
  const parse = (html) => {
    const doc = new window.DOMParser().parseFromString(`<body>${html}`, 'text/html');
    const host = doc.body.firstElementChild;
    return { host, shadow: host.querySelector(':scope > template[shadowrootmode="open"]').content };
  };
  const text = (node) => node?.textContent.replace(/\s+/g, ' ').trim();
  const cases = [
    [
      'wordpress-post',
      'Summit in Astana ends with a railway deal – and a “new era” for trade & transit',
      'construction starts',
    ],
    ['wordpress-post-embed', 'What the rail deal means — Q&A', 'A fund of the five states'],
    ['ninjs-1', 'Summit in Astana ends with a railway deal', 'one minister said'],
    ['ninjs-1-text', 'Gipfel in Astana endet mit einem Bahnabkommen', 'Der Bau beginnt'],
    ['ninjs-2', 'Summit in Astana ends with a railway deal', 'Kyrgyzstan and Uzbekistan'],
    ['ninjs-3', 'Summit in Astana ends with a railway deal', 'The route runs through Kyrgyzstan.'],
    ['ninjs-3-text', 'Rail shares rise after the Astana deal', 'Bonds were flat.'],
  ];

  for (const [name, headline, body] of cases) {
    test(`${name}: the headline and the body in <news-article>, the same issues as normalizing`, async () => {
      const input = await fixture(name);
      const { html, issues } = await renderToString(input, { baseUrl: 'https://news.example/' });
      const { shadow } = parse(html);
      assert.equal(text(shadow.querySelector('h1[part~="headline"]')), headline);
      assert.ok(
        text(shadow.querySelector('[part~="body"]')).includes(body),
        text(shadow.querySelector('[part~="body"]')),
      );
      assert.deepEqual(issues, (await read(await fixture(name))).issues);
    });
  }

  test('the HTML body sanitized: no script, no event handler, no <title> text, the link kept', async () => {
    const post = await fixture('wordpress-post-embed');
    post.content.rendered += '<p>Map <img src="/x.png" onerror="alert(1)"><a href="javascript:alert(2)">here</a></p>';
    const { html } = await renderToString(post);
    const { shadow } = parse(html);
    const body = shadow.querySelector('[part~="body"]');
    assert.equal(body.querySelectorAll('script, [onerror]').length, 0);
    assert.ok(!/onerror|javascript:|platform\.twitter\.com/.test(body.innerHTML), body.innerHTML);
    assert.equal(text(body.querySelector('h2')), 'Who pays?');
    assert.equal(
      body.querySelector('blockquote > a').getAttribute('href'),
      'https://twitter.com/exampletimes/status/1',
    );
    const ninjs = parse((await renderToString(await fixture('ninjs-3'))).html).shadow;
    assert.ok(
      !text(ninjs.querySelector('[part~="body"]')).includes('railway deal'),
      'the <title> of the HTML document',
    );
    assert.equal(text(ninjs.querySelector('[part~="body"] blockquote')), 'The route runs through Kyrgyzstan.');
  });

  test('<news-card> of a post: the headline linking to the post, its image, section', async () => {
    const { html } = await renderToString(await fixture('wordpress-post-embed'), { element: 'news-card' });
    const { shadow } = parse(html);
    const link = shadow.querySelector('a');
    assert.equal(link.getAttribute('href'), 'https://example.com/2025/06/18/rail-deal-what-it-means/');
    assert.equal(text(link), 'What the rail deal means — Q&A');
    assert.equal(shadow.querySelector('img').getAttribute('alt'), 'Delegates shake hands in a hall hung with flags');
    assert.equal(text(shadow.querySelector('[part~="section"]')), 'World & Region');
  });
});
