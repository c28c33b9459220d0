// Screenshots of the demo for the README, made with the headless Chromium the tests use:
// a light serif page, a dark sans page, an Arabic (right-to-left) page, narrow and wide.
// `npm run screenshots` (after `npm run build`) writes docs/screenshots/*.png.
import { spawn } from 'node:child_process';
import puppeteer from 'puppeteer-core';

const PORT = 8123;
const SHOTS = [
  { name: 'light', query: '', width: 900 },
  { name: 'dark', query: '?page=dark', width: 900 },
  { name: 'rtl', query: '?article=ar', width: 900 },
  { name: 'narrow', query: '', width: 360 },
  { name: 'wide', query: '', width: 1400 },
];

const server = spawn(process.execPath, ['scripts/serve.mjs'], { env: { ...process.env, PORT: String(PORT) } });
await new Promise((resolve) => server.stdout.once('data', resolve));
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
try {
  const page = await browser.newPage();
  for (const { name, query, width } of SHOTS) {
    await page.setViewport({ width, height: 1100 });
    await page.goto(`http://127.0.0.1:${PORT}/demo/${query}`, { waitUntil: 'networkidle0' });
    await page.waitForFunction(() => document.querySelector('news-article')?.shadowRoot?.querySelector('h1'));
    await page.screenshot({ path: `docs/screenshots/${name}.png` });
    console.log(`docs/screenshots/${name}.png`);
  }
} finally {
  await browser.close();
  server.kill();
}
