// feed.schema.json against <news-feed>'s reader: feeds the schema accepts read with no issue, and
// what it rejects (a page over 100 items, an unsafe next URL, an invalid article) is reported.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, test } from 'node:test';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { normalizeFeed } from '../lib/pipeline/feed.js';

const json = async (file) => JSON.parse(await readFile(new URL(`../${file}`, import.meta.url), 'utf8'));
const ajv = addFormats(new Ajv2020({ strict: true, allErrors: true }));
ajv.addSchema(await json('article.schema.json'));
const validate = ajv.compile(await json('feed.schema.json'));
const articles = await Promise.all(
  ['demo/seed-article.json', 'demo/articles/railway-deal.json', 'demo/articles/gipfel-astana.json'].map(json),
);

describe('feed.schema.json', () => {
  test('accepts an array and a page with next, which the reader reads whole with no issue', () => {
    for (const feed of [articles, { items: articles, next: '/feed?page=2' }, []]) {
      assert.ok(validate(feed), JSON.stringify(validate.errors));
      const { article, issues } = normalizeFeed(feed);
      assert.deepEqual(issues, []);
      assert.equal(article.items.length, (feed.items ?? feed).length);
      assert.equal(article.next, feed.next);
    }
  });

  test('rejects what the reader reports: too many items, an unsafe next, an invalid article, no list', () => {
    const cases = [
      [Array.from({ length: 101 }, (_, i) => ({ headline: `Story ${i}` })), '$', /more than 100 items/],
      [{ items: articles, next: 'javascript:alert(1)' }, 'next', /not an http\(s\) or relative URL/],
      [[articles[0], { headline: '' }], '[1].headline', /non-empty/],
      [articles[0], '$', /expected a list of articles/],
    ];
    for (const [feed, path, message] of cases) {
      assert.equal(validate(feed), false, path);
      const { issues } = normalizeFeed(feed);
      assert.ok(
        issues.some((issue) => issue.path === path && message.test(issue.message)),
        `${path}: ${JSON.stringify(issues)}`,
      );
    }
  });
});
