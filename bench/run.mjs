// `npm run bench`: render cost of <news-card> and <news-article> from the built CDN bundle, against
// bare Lit elements (bench/baseline.js) and React 19 (bench/react-baseline.js) measured in the same
// run, in Debian's headless Chromium.
// We report ratios, not absolute times: the machine is shared and noisy.
import { createServer } from 'node:http';
import { readFile, writeFile } from 'node:fs/promises';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';

const ROUNDS = Number(process.env.BENCH_ROUNDS) || 15;
const root = new URL('..', import.meta.url);
const seed = JSON.parse(await readFile(new URL('demo/seed-article.json', root), 'utf8'));
const bundled = async (file) =>
  (
    await build({
      entryPoints: [new URL(file, root).pathname],
      bundle: true,
      minify: true,
      format: 'esm',
      define: { 'process.env.NODE_ENV': '"production"' },
      write: false,
    })
  ).outputFiles[0].text;
const baselines = {
  '/baseline.js': await bundled('bench/baseline.js'),
  '/react.js': await bundled('bench/react-baseline.js'),
};

const page = `<!doctype html><meta charset="utf-8"><body>
<script type="module" src="/dist/news-article.min.js"></script><script type="module" src="/baseline.js"></script>
<script type="module" src="/react.js"></script>`;
const server = createServer(async (req, res) => {
  const path = req.url.split('?')[0];
  if (path === '/') return res.writeHead(200, { 'content-type': 'text/html' }).end(page);
  if (baselines[path]) return res.writeHead(200, { 'content-type': 'text/javascript' }).end(baselines[path]);
  const body = await readFile(new URL(`.${path}`, root)).catch(() => undefined);
  if (body) res.writeHead(200, { 'content-type': 'text/javascript' }).end(body);
  else res.writeHead(404).end();
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));

const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
const tab = await browser.newPage();
await tab.goto(`http://127.0.0.1:${server.address().port}/`);
await tab.waitForFunction(
  () => customElements.get('news-card') && customElements.get('bare-card') && window.renderReactCards,
);

/** Milliseconds to create `count` elements (or React cards), give each a new article, render and lay them out. */
const measure = (tag, count, article) =>
  tab.evaluate(
    async (tag, count, article) => {
      const host = document.body.appendChild(document.createElement('div'));
      const articles = Array.from({ length: count }, (_, i) => ({ ...article, headline: `${article.headline} ${i}` }));
      const start = performance.now();
      let root;
      if (tag === 'react') root = window.renderReactCards(host, articles);
      else {
        for (const a of articles) host.appendChild(document.createElement(tag)).article = a;
        await Promise.all([...host.children].map((el) => el.updateComplete));
      }
      void host.offsetHeight;
      const time = performance.now() - start;
      root?.unmount();
      host.remove();
      return time;
    },
    tag,
    count,
    article,
  );

const card = { headline: 'A headline', url: '/story', description: 'A short standfirst.', datePublished: '2025-06-17' };
const cases = [
  {
    name: 'news-card ×500',
    ours: ['news-card', 500, card],
    base: { 'bare Lit': ['bare-card', 500, card], 'React 19': ['react', 500, card] },
  },
  {
    name: 'news-article ×50 (seed)',
    ours: ['news-article', 50, seed],
    base: { 'bare Lit': ['bare-article', 50, seed] },
  },
];
const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
const results = [];
for (const { name, ours, base } of cases) {
  const runs = { ours, ...base };
  for (let i = 0; i < 3; i++) for (const run of Object.values(runs)) await measure(...run); // warm-up
  const times = Object.fromEntries(Object.keys(runs).map((key) => [key, []]));
  for (let i = 0; i < ROUNDS; i++) {
    // Alternating spreads the machine's noise over all of them.
    for (const [key, run] of Object.entries(runs)) times[key].push(await measure(...run));
  }
  const o = median(times.ours);
  const baselines = Object.keys(base).map((key) => ({
    name: key,
    ms: +median(times[key]).toFixed(2),
    ratio: +(o / median(times[key])).toFixed(2),
  }));
  results.push({ name, oursMs: +o.toFixed(2), baselines, rounds: ROUNDS });
  console.log(
    `${name}: ${o.toFixed(1)} ms median; ${baselines.map((b) => `${b.name} ${b.ms} ms (ratio ${b.ratio})`).join('; ')}`,
  );
}
await writeFile(new URL('bench/results.json', root), JSON.stringify(results, null, 2) + '\n');
await browser.close();
server.close();
