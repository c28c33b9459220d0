// `npm run bench` (third part): what a reader's page does while the elements arrive, for each way
// of using them the README describes (a feed too). Layout shift (PerformanceObserver `layout-shift`, summed over
// 3 s) at 412 and 1350 px, with the bundle in the page's head and in the browser's cache (a second
// visit; the worst of two), `src` also on a throttled connection; then the long tasks of a page with
// one article and ten cards at 4x CPU slowdown. Headless Chromium, pages served from this process.
import { createServer } from 'node:http';
import { readFile, writeFile } from 'node:fs/promises';
import puppeteer from 'puppeteer-core';
import { renderToString } from '../lib/server/index.js';

const root = new URL('..', import.meta.url);
const seed = JSON.parse(await readFile(new URL('demo/seed-article.json', root), 'utf8'));
const card = (i) => ({
  headline: `${seed.headline} (${i})`,
  url: `/world/story-${i}`,
  description: 'Kazakhstan hosted a summit attended by China’s president, Xi Jinping.',
  image: { url: '/demo/summit.svg', alt: 'Hills under a yellow sun', width: 1200, height: 675 },
  datePublished: '2025-06-17',
  inLanguage: 'en',
});
const attribute = (value) => JSON.stringify(value).replace(/&/g, '&amp;').replace(/'/g, '&#39;');
const link = (i) => `<a href="/world/story-${i}">${card(i).headline}</a>`;
const tenCards = (extra = '') =>
  Array.from(
    { length: 10 },
    (_, i) => `<news-card article='${attribute(card(i))}'${extra}>${link(i)}</news-card>`,
  ).join('');
const feed = Array.from({ length: 6 }, (_, i) => card(i));
const RESERVE = `<style>news-article:not(:defined){display:block;min-block-size:120rem}
  news-card:not(:defined){display:block;min-block-size:24rem}</style>`;

// Each setup: what goes in the head and the body of an otherwise plain news page.
const SETUPS = {
  'server-rendered <news-article>': { body: (await renderToString(seed)).html },
  'server-rendered <news-feed> (six cards)': {
    body: (await renderToString(feed, { element: 'news-feed' })).html,
  },
  'ten cards, article attribute': { body: tenCards() },
  'ten cards, article attribute, bundle blocking="render"': { body: tenCards(), blocking: true },
  '<news-article> with a child JSON script': {
    body: `<news-article><script type="application/json">${JSON.stringify(seed).replace(/</g, '\\u003c')}</script>${link(0)}</news-article>`,
  },
  '<news-article> with a child JSON script, bundle blocking="render"': {
    body: `<news-article><script type="application/json">${JSON.stringify(seed).replace(/</g, '\\u003c')}</script>${link(0)}</news-article>`,
    blocking: true,
  },
  'a German <news-article> with a child JSON script, bundle blocking="render"': {
    lang: 'de',
    body: `<news-article><script type="application/json">${JSON.stringify({ ...seed, inLanguage: 'de' }).replace(/</g, '\\u003c')}</script>${link(0)}</news-article>`,
    blocking: true,
  },
  '<news-feed> (six cards) with a child JSON script': {
    body: `<news-feed><script type="application/json">${JSON.stringify(feed)}</script><a href="/latest">Latest news</a></news-feed>`,
  },
  '<news-feed> (six cards) with a child JSON script, bundle blocking="render"': {
    body: `<news-feed><script type="application/json">${JSON.stringify(feed)}</script><a href="/latest">Latest news</a></news-feed>`,
    blocking: true,
  },
  '<news-article>, article set from a script after fetch': {
    body: `<news-article id="a">${link(0)}</news-article>
      <script type="module">document.getElementById('a').article = await (await fetch('/demo/seed-article.json')).json();</script>`,
  },
  '… with the :not(:defined) room reserved': {
    head: RESERVE,
    body: `<news-article id="a">${link(0)}</news-article>
      <script type="module">document.getElementById('a').article = await (await fetch('/demo/seed-article.json')).json();</script>`,
  },
  '<news-article src>, fallback link': {
    body: `<news-article src="/demo/seed-article.json">${link(0)}</news-article>`,
  },
  '<news-article src>, fallback link, on Fast 3G': {
    body: `<news-article src="/demo/seed-article.json">${link(0)}</news-article>`,
    throttle: true,
  },
};

const page = ({
  head = '',
  body,
  blocking,
  lang = 'en',
}) => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,">
<script type="module" ${blocking ? 'blocking="render" ' : ''}src="/dist/news-article.min.js"></script>
<style>body{margin:0 auto;max-width:46rem;padding:1rem;font:17px/1.6 Georgia,serif}news-card{margin-block:1rem}</style>${head}
</head><body><header><p><b>The Example Times</b></p></header><main>${body}</main>
<footer><p>More news below.</p></footer></body></html>`;

const types = { '.js': 'text/javascript', '.json': 'application/json', '.svg': 'image/svg+xml' };
const server = createServer(async (req, res) => {
  const { pathname } = new URL(req.url, 'http://localhost');
  const setup = Object.values(SETUPS)[Number(pathname.match(/^\/page\/(\d+)$/)?.[1])];
  if (setup) return res.writeHead(200, { 'content-type': 'text/html' }).end(page(setup));
  const body = await readFile(new URL(`.${pathname}`, root)).catch(() => undefined);
  if (!body) return res.writeHead(404).end();
  res.writeHead(200, {
    'content-type': types[pathname.slice(pathname.lastIndexOf('.'))],
    'cache-control': 'max-age=3600',
  });
  res.end(body);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});

/** The layout shift of the page over 3 s, the worst of two visits once the cache is warm. */
async function shift(index, { throttle }, width) {
  const tab = await browser.newPage();
  await tab.setViewport({ width, height: 900 });
  await tab.evaluateOnNewDocument(() => {
    window.shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.shift += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await tab.goto(`${origin}/page/${index}`, { waitUntil: 'load' }); // fills the cache
  const client = await tab.createCDPSession();
  if (throttle) {
    // Chrome DevTools' "Fast 3G": 562.5 ms round trips, 1.44 Mbit/s down.
    const bytes = (1.44 * 1024 * 1024) / 8;
    await client.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 562.5,
      downloadThroughput: bytes,
      uploadThroughput: bytes,
    });
  }
  const values = [];
  for (let visit = 0; visit < 2; visit++) {
    await tab.goto(`${origin}/page/${index}`, { waitUntil: 'load', timeout: 60_000 });
    await new Promise((resolve) => setTimeout(resolve, 3000));
    values.push(await tab.evaluate(() => window.shift));
  }
  await tab.close();
  return +Math.max(...values).toFixed(4);
}

const results = { layoutShift: {}, longTasks: undefined };
for (const [index, [name, setup]] of Object.entries(SETUPS).entries()) {
  const [narrow, wide] = [await shift(index, setup, 412), await shift(index, setup, 1350)];
  results.layoutShift[name] = { 412: narrow, 1350: wide };
  console.log(`layout shift, ${name}: ${narrow} at 412 px, ${wide} at 1350 px`);
}

// One article and ten cards from inline data, at 4x CPU slowdown: the longest tasks.
SETUPS.long = {
  body: `<news-article><script type="application/json">${JSON.stringify(seed)}</script></news-article>${tenCards()}`,
};
const tab = await browser.newPage();
await tab.setViewport({ width: 412, height: 900 });
await tab.evaluateOnNewDocument(() => {
  window.tasks = [];
  new PerformanceObserver((list) => list.getEntries().forEach((e) => window.tasks.push(e.duration))).observe({
    type: 'longtask',
    buffered: true,
  });
});
await tab.goto(`${origin}/page/${Object.keys(SETUPS).length - 1}`, { waitUntil: 'load' });
const client = await tab.createCDPSession();
await client.send('Emulation.setCPUThrottlingRate', { rate: 4 });
await tab.goto(`${origin}/page/${Object.keys(SETUPS).length - 1}`, { waitUntil: 'load' });
await new Promise((resolve) => setTimeout(resolve, 3000));
const tasks = await tab.evaluate(() => window.tasks);
results.longTasks = {
  count: tasks.length,
  longestMs: Math.round(Math.max(0, ...tasks)),
  over50Ms: tasks.filter((t) => t > 50).length,
};
console.log(
  `one article and ten cards at 4x CPU: ${tasks.length} long tasks, the longest ${results.longTasks.longestMs} ms`,
);
await writeFile(new URL('bench/layout-shift-results.json', root), JSON.stringify(results, null, 2) + '\n');
await browser.close();
server.close();
