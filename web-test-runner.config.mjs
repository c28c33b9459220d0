import { existsSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { STRICT_CSP, STRICT_PAGE } from './scripts/csp.mjs';
import { apiMiddleware } from './test/fixtures/api-middleware.mjs';
import { ssrMiddleware } from './test/fixtures/ssr-middleware.mjs';

// Debian's browsers, or the ones the CHROME_PATH / FIREFOX_PATH variables point to.
const chrome = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
].find((path) => path && existsSync(path));
const firefox = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].find(
  (path) => path && existsSync(path),
);

if (!chrome && !firefox) {
  console.error(
    'npm test needs a browser: install Chromium and Firefox ESR (apt-get install -y chromium firefox-esr), or set CHROME_PATH / FIREFOX_PATH.',
  );
  process.exit(1);
}
for (const [name, path, pkg] of [
  ['Chromium', chrome, 'chromium'],
  ['Firefox', firefox, 'firefox-esr'],
]) {
  if (!path) console.warn(`${name} not found: its tests are skipped (apt-get install -y ${pkg}).`);
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
    (context, next) => {
      if (STRICT_PAGE.test(context.path)) context.set('Content-Security-Policy', STRICT_CSP);
      return next();
    },
  ],
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
};
