// `npm run size` on the built dist/: every byte of the main bundle is put down to a source file,
// and what no first render needs (the sanitizer, analytics, JSON-LD output, the locales) is not
// among them but in chunks of its own.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { report } from '../scripts/size-report.mjs';

const { main, chunks } = report();
const sources = main.sources.map((row) => row.source);

describe('npm run size', () => {
  it('puts every byte of the main bundle down to a source file', () => {
    assert.equal(
      main.sources.reduce((sum, row) => sum + row.bytes, 0),
      main.bytes,
    );
    assert.ok(main.sources.every((row) => row.source !== '(unmapped)' && row.bytes > 0));
    const shares = main.sources.reduce((sum, row) => sum + row.gzipShare, 0);
    assert.ok(Math.abs(shares - main.gzip) <= main.sources.length, `${shares} vs ${main.gzip}`);
  });

  it('finds Lit and each element in the main bundle, and the lazy features only in chunks', () => {
    for (const source of ['lit-html/lit-html.js', '@lit/reactive-element/reactive-element.js'])
      assert.ok(sources.includes(source), source);
    for (const name of ['news-article', 'news-card', 'news-tags', 'news-key-points', 'news-related', 'news-feed'])
      assert.ok(sources.includes(`lib/components/${name}/${name}.component.js`), name);
    for (const lazy of [/dompurify/, /internal\/analytics/, /json-ld-writer/, /translations\/de\.js/, /feed-view/])
      assert.ok(!sources.some((source) => lazy.test(source)), `${lazy} is in the main bundle`);
    for (const chunk of ['body-html-', 'analytics-', 'locales-', 'json-ld-script-', 'feed-view-'])
      assert.ok(
        chunks.some(({ file }) => file.startsWith(chunk)),
        `no ${chunk} chunk`,
      );
  });

  it('prints the table, largest first', () => {
    const out = execFileSync('node', ['scripts/size-report.mjs'], { encoding: 'utf8' });
    assert.match(out, new RegExp(`^dist/news-article\\.min\\.js: ${main.bytes} B minified, ${main.gzip} B gzip`));
    assert.match(out, /^ +\d+ B +\d+ B gzip {2}lit-html\/lit-html\.js$/m);
    assert.match(out, /^ +\d+ B gzip {2}dist\/body-html-[\w-]{8}\.min\.js$/m);
  });
});
