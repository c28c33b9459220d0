import { existsSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { STRICT_CSP, STRICT_PAGE } from './scripts/csp.mjs';
import { webkitLauncher } from './scripts/webkit-driver.mjs';
import { apiMiddleware } from './test/fixtures/api-middleware.mjs';
import { reactMiddleware } from './test/react/react-middleware.mjs';
import { ssrMiddleware } from './test/fixtures/ssr-middleware.mjs';

// Debian's browsers, or the ones the CHROME_PATH / FIREFOX_PATH variables point to. WebKit is
// WebKitGTK's MiniBrowser over WebDriver, on a private Xvfb display that scripts/webkit-driver.mjs
// starts and stops with the run.
//
// BROWSERS=webkit npx wtr (or BROWSERS=chromium,firefox, any comma-separated subset of chromium,
// firefox and webkit) runs the suite in those browsers only; WEBKIT=0 leaves WebKit out.
const wanted = new Set(
  (process.env.BROWSERS || 'chromium,firefox,webkit')
    .toLowerCase()
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean),
);
for (const name of wanted) {
  if (!['chromium', 'firefox', 'webkit'].includes(name)) {
    console.error(`BROWSERS: unknown browser "${name}" (use chromium, firefox and/or webkit).`);
    process.exit(1);
  }
}
if (process.env.WEBKIT === '0') wanted.delete('webkit');

const chrome =
  wanted.has('chromium') &&
  [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find(
    (path) => path && existsSync(path),
  );
const firefox =
  wanted.has('firefox') &&
  [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].find((path) => path && existsSync(path));
const webkit = wanted.has('webkit') && webkitLauncher();

for (const [name, found, pkg] of [
  ['Chromium', chrome, 'chromium'],
  ['Firefox', firefox, 'firefox-esr'],
  ['WebKit', webkit, 'webkit2gtk-driver xvfb'],
]) {
  if (wanted.has(name.toLowerCase()) && !found) {
    console.warn(`${name} not found: its tests are skipped (apt-get install -y ${pkg}).`);
  }
}
if (!chrome && !firefox && !webkit) {
  console.error(
    'npm test needs a browser: install Chromium, Firefox ESR and WebKit (apt-get install -y chromium firefox-esr webkit2gtk-driver xvfb), or set CHROME_PATH / FIREFOX_PATH.',
  );
  process.exit(1);
}

const browsers = [];
let chromium;
if (chrome) {
  browsers.push(
    (chromium = chromeLauncher({
      launchOptions: {
        executablePath: chrome,
        // root in CI needs --no-sandbox; the background flags keep frames, timers and
        // IntersectionObserver running in test pages that are not the focused tab.
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--no-first-run',
          '--disable-renderer-backgrounding',
          '--disable-background-timer-throttling',
          '--disable-backgrounding-occluded-windows',
        ],
      },
    })),
  );
}
if (firefox) {
  browsers.push(puppeteerLauncher({ launchOptions: { browser: 'firefox', executablePath: firefox, headless: true } }));
}
if (webkit) browsers.push(webkit);

// How many cases the property-based suite runs: a sensible number in `npm test`, 10,000 in `npm run fuzz`.
const fuzzRuns = Number(process.env.FUZZ_RUNS) || 150;

export default {
  files: ['test/**/*.test.ts', '!test/print.test.ts'],
  nodeResolve: true,
  browsers,
  // Print emulation needs the DevTools protocol, which only Chromium speaks here.
  groups: chromium ? [{ name: 'print', files: 'test/print.test.ts', browsers: [chromium] }] : [],
  // One page at a time per browser: a second tab would be hidden, and hidden pages count no
  // impressions (by design), so tests that need a visible page would fail at random.
  concurrency: 1,
  // Lit's dev build runs in tests for its extra checks; its one-line notice is noise.
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  testFramework: { config: { timeout: 10000 } },
  testRunnerHtml: (testFramework) =>
    `<!doctype html><html><body><script>window.FUZZ_RUNS = ${fuzzRuns};</script><script type="module" src="${testFramework}"></script></body></html>`,
  middleware: [
    apiMiddleware,
    ssrMiddleware,
    reactMiddleware,
    (context, next) => {
      if (STRICT_PAGE.test(context.path)) context.set('Content-Security-Policy', STRICT_CSP);
      return next();
    },
  ],
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
};
