// article.schema.json against the reader it describes: the schema compiles strictly, the demo
// articles and 200 generated ones pass it and normalize cleanly, and what it rejects the reader
// reports too, at the same path. Generation is seeded and offline (no remote $ref is resolved).
import { describe, test, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { generateSync } from 'json-schema-faker';
import fc from 'fast-check';
import { normalizeArticle, loadJsonLd, LIMITS } from '../lib/pipeline/normalize.js';
import { isJsonLd } from '../lib/pipeline/object.js';

const root = new URL('../', import.meta.url);
const readJson = async (path) => JSON.parse(await readFile(new URL(path, root), 'utf8'));
const schema = await readJson('article.schema.json');

const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats(ajv);
const validate = ajv.compile(schema);
const validateUrl = ajv.compile({ $ref: `${schema.$id}#/$defs/url` });

/** The reader's path (`tags[3].url`) as a JSON pointer (`/tags/3/url`), as ajv names instances. */
const pointer = (path) => `/${path.replace(/\[(\d+)\]/g, '.$1').replaceAll('.', '/')}`;

/** The ajv errors about `path`: at it, inside it, or a `required` naming it. */
function errorsAt(errors, path) {
  const at = pointer(path);
  return (errors ?? []).filter(
    (e) =>
      e.instancePath === at ||
      e.instancePath.startsWith(`${at}/`) ||
      (e.keyword === 'required' && `${e.instancePath}/${e.params.missingProperty}` === at),
  );
}

const severities = (result, severity) => result.issues.filter((issue) => issue.severity === severity);
const describeErrors = (errors) => JSON.stringify(errors?.map((e) => `${e.instancePath} ${e.message}`));

// json-schema-faker's own uri-reference and date-time generators give only absolute https URLs and
// UTC times; these give every shape the schema allows, so the patterns are exercised against the reader.
const word = (random, max = 12) =>
  Array.from({ length: random.int(1, max) }, () => random.pick([...'abcdefghijklmnopqrstuvwxyz0123456789-_'])).join('');
const two = (n) => String(n).padStart(2, '0');
const formats = {
  'uri-reference': (random) =>
    random.pick([
      () => `https://example.com/${word(random)}`,
      () => `http://example.org/${word(random)}/${word(random)}?page=${random.int(1, 99)}`,
      () => `HTTPS://EXAMPLE.COM/${word(random).toUpperCase()}`,
      () => `/${word(random)}/${word(random)}`,
      () => `${word(random)}/${word(random)}.html`,
      () => `./${word(random)}`,
      () => `../${word(random)}#${word(random)}`,
      () => `//cdn.example.net/${word(random)}.jpg`,
      () => `?q=${word(random)}`,
      () => `#${word(random)}`,
      () => `https://example.com/caf%C3%A9/${word(random)}`,
    ])(),
  'date-time': (random) => {
    const date = `${random.int(1990, 2040)}-${two(random.int(1, 12))}-${two(random.int(1, 28))}`;
    const time = `${two(random.int(0, 23))}:${two(random.int(0, 59))}:${two(random.int(0, 59))}`;
    const fraction = random.bool() ? `.${random.int(0, 999999)}` : '';
    const zone = random.pick(['Z', '+', '-']);
    const offset = zone === 'Z' ? 'Z' : `${zone}${two(random.int(0, 14))}:${random.pick(['00', '30', '45'])}`;
    return `${date}T${time}${fraction}${offset}`;
  },
};
// Fields the reader does not know, as publishers' CMS objects carry them.
const EXTRA = { id: 4711, paywall: { free: false }, 'x-source': 'cms', name: 'not read', categories: ['a', 42] };

// Generation reads a copy with strings capped at 200 characters: json-schema-faker picks a length up to
// maxLength, and bodies of up to 200,000 random characters would take seconds while adding nothing here
// (the bounds themselves are tested below). Validation uses the schema as it is.
const generationSchema = JSON.parse(JSON.stringify(schema), (key, value) =>
  key === 'maxLength' && value > 200 ? 200 : value,
);

/** Article `seed`: optionals always, or each with a probability, with an extra field or two now and then. */
function generate(seed) {
  const options = { seed, maxDepth: 10, formats };
  if (seed % 3 === 0) options.alwaysFakeOptionals = true;
  else options.optionalsProbability = seed % 3 === 1 ? 0.3 : 0.7;
  const article = generateSync(generationSchema, options);
  if (seed % 4 === 0) Object.assign(article, Object.fromEntries(Object.entries(EXTRA).slice(seed % 5)));
  return article;
}

describe('article.schema.json', () => {
  before(loadJsonLd);

  test('compiles under ajv 2020-12 strict mode with ajv-formats, and documents every property', () => {
    assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
    assert.match(schema.$id, /^https:\/\/unpkg\.com\/news-article-elements\/article\.schema\.json$/);
    assert.equal(typeof validate, 'function');
    assert.ok(ajv.validateSchema(schema), describeErrors(ajv.errors));
    const undocumented = [];
    (function walk(node, path) {
      if (typeof node !== 'object' || node === null) return;
      for (const [key, value] of Object.entries(node.properties ?? {})) {
        if (!value.description) undocumented.push(`${path}/properties/${key}`);
      }
      for (const [key, value] of Object.entries(node)) walk(value, `${path}/${key}`);
    })(schema, '#');
    assert.deepEqual(undocumented, []);
  });

  test('the demo articles in format v1 and the seed validate and normalize without issues', async () => {
    const files = [
      'demo/seed-article.json',
      'demo/ar-article.json',
      ...(await readdir(new URL('demo/articles/', root)))
        .filter((f) => f.endsWith('.json'))
        .map((f) => `demo/articles/${f}`),
    ];
    const formatV1 = [];
    for (const file of files) {
      const article = await readJson(file);
      if (isJsonLd(article)) {
        // schema.org JSON-LD (wheat-exports.json): read by the JSON-LD reader, not format v1, so not this schema's.
        assert.equal(validate(article), false, `${file} is JSON-LD, which the schema does not describe`);
        assert.deepEqual(severities(normalizeArticle(article), 'error'), [], file);
        continue;
      }
      formatV1.push(file);
      assert.ok(validate(article), `${file}: ${describeErrors(validate.errors)}`);
      assert.deepEqual(normalizeArticle(article).issues, [], file);
    }
    assert.ok(formatV1.length >= 4, `seed, Arabic and demo/articles: ${formatV1}`);
  });

  test('200 articles generated from the schema (seeded, offline) validate and normalize without issues', () => {
    const fetch = globalThis.fetch;
    let fetched = 0;
    globalThis.fetch = () => {
      fetched++;
      throw new Error('no network in schema tests');
    };
    let articles;
    try {
      articles = Array.from({ length: 200 }, (_, i) => generate(i + 1));
      assert.deepEqual(generate(7), articles[6], 'the same seed gives the same article');
    } finally {
      globalThis.fetch = fetch;
    }
    assert.equal(fetched, 0);
    const fields = new Set();
    for (const [i, article] of articles.entries()) {
      const label = `article ${i + 1}: ${JSON.stringify(article).slice(0, 300)}`;
      assert.ok(validate(article), `${label}\n${describeErrors(validate.errors)}`);
      const result = normalizeArticle(article);
      assert.deepEqual(severities(result, 'error'), [], label);
      assert.ok(result.article, label);
      // Stronger than no errors: what the schema accepts, the reader takes whole, without a warning.
      assert.deepEqual(result.issues, [], label);
      Object.keys(article).forEach((key) => fields.add(key));
    }
    const documented = Object.keys(schema.properties);
    assert.deepEqual(
      documented.filter((key) => !fields.has(key)),
      [],
      'every field is generated at least once',
    );
  });

  test('URLs: what the schema accepts, the reader keeps without a warning (fast-check)', () => {
    const scheme = fc.constantFrom(
      'http:',
      'https:',
      'HTTP:',
      'javascript:',
      'JavaScript:',
      'data:',
      'mailto:',
      'ftp:',
      '',
    );
    const url = fc.oneof(
      fc.webUrl({ withQueryParameters: true, withFragments: true }),
      fc.tuple(scheme, fc.string({ maxLength: 30 })).map(([s, rest]) => s + rest),
      fc.webPath(),
      fc.string({ maxLength: 30 }),
    );
    fc.assert(
      fc.property(url, (value) => {
        if (!validateUrl(value)) return;
        assert.deepEqual(normalizeArticle({ headline: 'H', url: value }).issues, [], JSON.stringify(value));
      }),
      { seed: 20240603, numRuns: 2000 },
    );
  });

  test('a missing, non-string or empty headline: the schema rejects it and the reader reports an error at headline', () => {
    const cases = [
      {},
      { headline: 42 },
      { headline: '' },
      { headline: ' \n\t ' },
      { headline: null },
      { headline: ['A'] },
    ];
    for (const input of cases) {
      const article = { ...input, section: 'World', tags: ['Central Asia'] };
      const label = JSON.stringify(input);
      assert.equal(validate(article), false, label);
      assert.ok(errorsAt(validate.errors, 'headline').length > 0, `${label}: ${describeErrors(validate.errors)}`);
      const result = normalizeArticle(article);
      assert.equal(result.article, undefined, label);
      assert.ok(
        severities(result, 'error').some((issue) => issue.path === 'headline'),
        `${label}: ${JSON.stringify(result.issues)}`,
      );
    }
  });

  test('a field of the wrong shape: the schema rejects it and the reader warns at the same path', () => {
    const cases = {
      keywords: 42,
      'tags[0]': [42],
      section: 5,
      inLanguage: 5,
      author: 42,
      publisher: ['The Example Times'],
      image: 42,
      'alternativeHeadline[0]': [1],
      'keyPoints[0]': [1],
      'author.name': { url: '/authors/a' },
      'tags[0].name': [{ name: '   ' }],
      'image.url': { alt: 'No URL' },
      'image.width': { url: '/a.jpg', width: -1 },
      'related[0]': [{ headline: 'No URL' }],
      datePublished: 'yesterday',
      dateModified: '2024-06-03T09:30:00+05', // ajv-formats alone lets an hours-only offset through
      'related[0].datePublished': [{ headline: 'R', url: '/r', datePublished: '2016-12-31T23:59:60Z' }],
      url: 'javascript:alert(1)',
      'image.credit': { url: '/a.jpg', credit: { text: 'Agency' } },
      wordCount: 1.5,
    };
    for (const [path, value] of Object.entries(cases)) {
      const field = path.split(/[.[]/)[0];
      const article = { headline: 'Summit in Astana', [field]: value };
      const label = `${path}: ${JSON.stringify(value)}`;
      assert.equal(validate(article), false, label);
      assert.ok(errorsAt(validate.errors, path).length > 0, `${label}: ${describeErrors(validate.errors)}`);
      const result = normalizeArticle(article);
      assert.ok(result.article, label);
      assert.deepEqual(severities(result, 'error'), [], label);
      assert.ok(
        result.issues.some((issue) => issue.severity === 'warning' && issue.path === path),
        `${label}: ${JSON.stringify(result.issues)}`,
      );
    }
  });

  test("the schema's bounds are the reader's LIMITS: at the bound clean, one past it rejected and warned", () => {
    const text = (n) => 'x'.repeat(n);
    const names = (n) => Array.from({ length: n }, (_, i) => `Name ${i}`);
    const url = (n) => `https://example.com/${text(n - 20)}`;
    const related = (n) => Array.from({ length: n }, (_, i) => ({ headline: `R ${i}`, url: `/r/${i}` }));
    const cases = [
      ['headline', LIMITS.text, text],
      ['section', LIMITS.text, text],
      ['keyPoints[0]', LIMITS.text, (n) => [text(n)]],
      ['description', LIMITS.description, text],
      ['articleBody', LIMITS.body, text],
      ['bodyHtml', LIMITS.body, (n) => `<p>${text(n - 7)}</p>`],
      ['url', LIMITS.url, url],
      ['image.url', LIMITS.url, (n) => ({ url: url(n) })],
      ['related[0].description', LIMITS.description, (n) => [{ headline: 'R', url: '/r', description: text(n) }]],
      ['alternativeHeadline', LIMITS.alternativeHeadlines, names],
      ['author', LIMITS.authors, names],
      ['tags', LIMITS.tags, names],
      ['keywords', LIMITS.tags, names],
      ['keywords', LIMITS.tags, (n) => names(n).join(', ')],
      ['keyPoints', LIMITS.keyPoints, names],
      ['related', LIMITS.related, related],
      ['wordCount', LIMITS.size, (n) => n],
      ['image.height', LIMITS.size, (n) => ({ url: '/a.jpg', width: 1, height: n })],
    ];
    for (const [path, bound, make] of cases) {
      const field = path.split(/[.[]/)[0];
      const at = field === 'headline' ? { headline: make(bound) } : { headline: 'H', [field]: make(bound) };
      assert.ok(validate(at), `${path} at ${bound}: ${describeErrors(validate.errors)}`);
      assert.deepEqual(normalizeArticle(at).issues, [], `${path} at ${bound}`);
      const past = field === 'headline' ? { headline: make(bound + 1) } : { headline: 'H', [field]: make(bound + 1) };
      assert.equal(validate(past), false, `${path} at ${bound + 1}`);
      assert.ok(errorsAt(validate.errors, path).length > 0, `${path}: ${describeErrors(validate.errors)}`);
      const result = normalizeArticle(past);
      assert.ok(result.article, `${path} past the bound is cut or dropped, not an invalid article`);
      assert.ok(
        result.issues.some((issue) => issue.severity === 'warning' && issue.path === path),
        `${path} at ${bound + 1}: ${JSON.stringify(result.issues)}`,
      );
    }
  });

  test('an over-long URL is dropped with a warning, never cut into a link to another page', () => {
    const long = `https://example.com/${'x'.repeat(LIMITS.url)}`;
    const { article, issues } = normalizeArticle({ headline: 'H', url: long, image: { url: long } });
    assert.equal(article.url, undefined);
    assert.equal(article.image, undefined);
    const dropped = `longer than ${LIMITS.url} characters; dropped`;
    assert.deepEqual(
      issues.filter(({ message }) => message === dropped).map(({ path }) => path),
      ['image.url', 'url'],
    );
  });

  test('@context, @type and @graph are rejected: any of them makes the reader take the object as JSON-LD', () => {
    const article = { headline: 'Summit in Astana', tags: ['Central Asia'], keyPoints: ['A railway deal.'] };
    assert.ok(validate(article));
    assert.deepEqual(normalizeArticle(article).article.tags, [{ name: 'Central Asia' }]);
    for (const marker of ['@context', '@type', '@graph']) {
      assert.equal(validate({ ...article, [marker]: 'https://schema.org' }), false, marker);
    }
    // With @type NewsArticle the JSON-LD reader maps schema.org names only: the format's tags and key points are lost.
    const typed = normalizeArticle({ ...article, '@type': 'NewsArticle' }).article;
    assert.deepEqual([typed.tags, typed.keyPoints], [[], []]);
    // With only @context there is no Article node: the article is invalid.
    const result = normalizeArticle({ ...article, '@context': 'https://schema.org' });
    assert.equal(result.article, undefined);
    assert.deepEqual(
      severities(result, 'error').map((issue) => issue.path),
      ['$'],
    );
  });

  test('stricter than the reader on purpose: shapes it tolerates silently are not what to send', () => {
    const tolerated = {
      'a single tag as a string': { tags: 'Central Asia' },
      'a single key point as a string': { keyPoints: 'A railway deal.' },
      'a number as a string': { wordCount: '500' },
      'null for an absent field': { section: null },
      'a date-time without seconds': { datePublished: '2024-06-03T09:30Z' },
      'a date-time in lower case': { datePublished: '2024-06-03t09:30:00z' },
      'a URL with characters outside ASCII': { url: 'https://example.com/中亚' },
      'an impossible calendar day': { datePublished: '2023-02-29' },
    };
    for (const [label, fields] of Object.entries(tolerated)) {
      const article = { headline: 'Summit in Astana', ...fields };
      assert.equal(validate(article), false, label);
      assert.deepEqual(normalizeArticle(article).issues, [], label);
    }
  });
});
