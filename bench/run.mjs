// `npm run bench`: render cost of <news-card> and <news-article> from the built CDN bundle, against
// bare Lit elements (bench/baseline.js) measured in the same run, in Debian's headless Chromium.
// We report ratios, not absolute times: the machine is shared and noisy.
import { createServer } from 'node:http';
import { readFile, writeFile } from 'node:fs/promises';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';

const ROUNDS = Number(process.env.BENCH_ROUNDS) || 15;
const root = new URL('..', import.meta.url);
const seed = JSON.parse(await readFile(new URL('demo/seed-article.json', root), 'utf8'));
const baseline = (
  await build({
    entryPoints: [new URL('bench/baseline.js', root).pathname],
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
  })
).outputFiles[0].text;

const page = `<!doctype html><meta charset="utf-8"><body>
<script type="module" src="/dist/news-article.min.js"></script><script type="module" src="/baseline.js"></script>`;
const server = createServer(async (req, res) => {
  const path = req.url.split('?')[0];
  if (path === '/') return res.writeHead(200, { 'content-type': 'text/html' }).end(page);
  if (path === '/baseline.js') return res.writeHead(200, { 'content-type': 'text/javascript' }).end(baseline);
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
await tab.waitForFunction(() => customElements.get('news-card') && customElements.get('bare-card'));

/** Milliseconds to create `count` elements, give each a new article, render and lay them out. */
const measure = (tag, count, article) =>
  tab.evaluate(
    async (tag, count, article) => {
      const host = document.body.appendChild(document.createElement('div'));
      const start = performance.now();
      for (let i = 0; i < count; i++) {
        const el = host.appendChild(document.createElement(tag));
        el.article = { ...article, headline: `${article.headline} ${i}` };
      }
      await Promise.all([...host.children].map((el) => el.updateComplete));
      void host.offsetHeight;
      const time = performance.now() - start;
      host.remove();
      return time;
    },
    tag,
    count,
    article,
  );

const card = { headline: 'A headline', url: '/story', description: 'A short standfirst.', datePublished: '2025-06-17' };
const cases = [
  { name: 'news-card ×500', ours: ['news-card', 500, card], base: ['bare-card', 500, card] },
  { name: 'news-article ×50 (seed)', ours: ['news-article', 50, seed], base: ['bare-article', 50, seed] },
];
const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
const results = [];
for (const { name, ours, base } of cases) {
  for (let i = 0; i < 3; i++) {
    await measure(...ours); // warm-up
    await measure(...base);
  }
  const times = { ours: [], base: [] };
  for (let i = 0; i < ROUNDS; i++) {
    times.ours.push(await measure(...ours)); // alternating spreads the machine's noise over both
    times.base.push(await measure(...base));
  }
  const [o, b] = [median(times.ours), median(times.base)];
  results.push({ name, oursMs: +o.toFixed(2), baselineMs: +b.toFixed(2), ratio: +(o / b).toFixed(2), rounds: ROUNDS });
  console.log(`${name}: ${o.toFixed(1)} ms median vs bare Lit ${b.toFixed(1)} ms (ratio ${(o / b).toFixed(2)})`);
}
await writeFile(new URL('bench/results.json', root), JSON.stringify(results, null, 2) + '\n');
await browser.close();
server.close();
