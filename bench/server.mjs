// `npm run bench` (second part): server rendering. renderToString(<news-article>) against bare Lit
// (@lit-labs/ssr rendering bench/baseline.js's element) and React 19 (react-dom/server rendering
// the same markup), on the same 1,000 articles in the same process; then the command line's
// pages per second over those 1,000 articles (one process, --out-dir, full pages).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { createElement as h } from 'react';
import { renderToString as reactRender } from 'react-dom/server';
import { renderToString } from '../lib/server/index.js';
import './baseline.js';

const COUNT = 1000;
const ROUNDS = Number(process.env.BENCH_ROUNDS) || 5;
const root = new URL('..', import.meta.url);
const seed = JSON.parse(readFileSync(new URL('demo/seed-article.json', root), 'utf8'));
// A new object each time: the normalizer caches per object, and a server reads each article once.
const articles = () => Array.from({ length: COUNT }, (_, i) => ({ ...seed, headline: `${seed.headline} ${i}` }));

const ReactArticle = ({ article: a }) =>
  h(
    'article',
    null,
    h('h1', null, a.headline),
    a.articleBody.split('\n\n').map((p, i) => h('p', { key: i }, p)),
    h(
      'ol',
      null,
      a.keyPoints.map((k, i) => h('li', { key: i }, k)),
    ),
    h(
      'ul',
      null,
      a.tags.map((t, i) => h('li', { key: i }, t)),
    ),
  );

const renderers = {
  ours: async (list) => {
    for (const article of list) await renderToString(article);
  },
  'bare Lit': async (list) => {
    for (const article of list) await collectResult(render(html`<bare-article .article=${article}></bare-article>`));
  },
  'React 19': async (list) => {
    for (const article of list) reactRender(h(ReactArticle, { article }));
  },
};

const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
const times = Object.fromEntries(Object.keys(renderers).map((name) => [name, []]));
for (const run of Object.values(renderers)) await run(articles().slice(0, 50)); // warm-up
for (let round = 0; round < ROUNDS; round++) {
  for (const [name, run] of Object.entries(renderers)) {
    const list = articles();
    const start = performance.now();
    await run(list);
    times[name].push(performance.now() - start);
  }
}
const ours = median(times.ours);
const results = { articles: COUNT, rounds: ROUNDS, renderToString: {} };
for (const [name, list] of Object.entries(times)) {
  const ms = median(list);
  results.renderToString[name] = { msPerArticle: +(ms / COUNT).toFixed(3), oursRatio: +(ours / ms).toFixed(2) };
  console.log(
    `renderToString, ${name}: ${(ms / COUNT).toFixed(3)} ms an article (ours / this: ${(ours / ms).toFixed(2)})`,
  );
}

// The command line over 1,000 files, as a static-site build runs it: one process, full pages.
const dir = mkdtempSync(join(tmpdir(), 'news-bench-'));
const files = articles().map((article, i) => {
  const file = join(dir, `article-${i}.json`);
  writeFileSync(file, JSON.stringify(article));
  return file;
});
const start = performance.now();
const cli = spawnSync(process.execPath, ['lib/cli/cli.js', 'render', ...files, '--out-dir', join(dir, 'site')], {
  cwd: root,
  encoding: 'utf8',
});
const seconds = (performance.now() - start) / 1000;
rmSync(dir, { recursive: true, force: true });
if (cli.status !== 0) throw new Error(`the command line failed: ${cli.stderr}`);
results.cli = { pages: COUNT, seconds: +seconds.toFixed(2), pagesPerSecond: Math.round(COUNT / seconds) };
console.log(`command line: ${COUNT} pages in ${seconds.toFixed(1)} s, ${Math.round(COUNT / seconds)} pages a second`);
writeFileSync(new URL('bench/server-results.json', root), JSON.stringify(results, null, 2) + '\n');
