// React 19 pages for the browser tests (test/react.test.ts), served by the test runner's own dev
// server. test/react/app.jsx is built with esbuild on first request (then cached, in memory):
//   /react/client.html       a client-only render (createRoot)
//   /react/ssr.html          the app streamed by renderToPipeableStream, then hydrateRoot
//   /react/ssr-string.html   the app rendered by renderToString, then hydrateRoot
// `?form=object` passes the article object instead of its JSON string, on the server and in the browser.
// The elements come from the built lib/ (bundled into the browser scripts); the server needs none.
import { createRequire } from 'node:module';
import { PassThrough, Writable } from 'node:stream';
import { build } from 'esbuild';

const here = new URL('.', import.meta.url).pathname;
const require = createRequire(import.meta.url);

const once = (make) => {
  let made;
  return () => (made ??= make());
};

/** A browser bundle of an entry: React in production mode, the elements bundled in. */
const browserBundle = (entry) =>
  once(async () => {
    const result = await build({
      entryPoints: [here + entry],
      bundle: true,
      format: 'esm',
      target: 'es2022',
      jsx: 'automatic',
      define: { 'process.env.NODE_ENV': '"production"' },
      write: false,
      logLevel: 'silent',
    });
    return result.outputFiles[0].text;
  });

const scripts = { '/react/client.js': browserBundle('client.jsx'), '/react/hydrate.js': browserBundle('hydrate.jsx') };

/**
 * test/react/server.jsx for Node: the app and react-dom/server in one bundle, React in production
 * mode (its development build calls console.createTask, which the test runner's console lacks).
 */
const server = once(async () => {
  const result = await build({
    entryPoints: [here + 'server.jsx'],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    write: false,
    logLevel: 'silent',
  });
  const module = { exports: {} };
  new Function('require', 'module', 'exports', result.outputFiles[0].text)(require, module, module.exports);
  return module.exports;
});

const head = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>React 19</title>
<style>body{margin:0;padding:8px;font:16px/1.5 sans-serif}</style></head><body><div id="root">`;
const tail = (script) => `</div><script type="module" src="${script}"></script></body></html>`;

/** The page for renderToPipeableStream: its stream piped into the response as it comes. */
async function streamed(renderToPipeableStream, element) {
  const body = new PassThrough();
  body.write(head);
  const into = new Writable({
    write: (chunk, encoding, done) => void body.write(chunk, done),
    final: (done) => (body.end(tail('/react/hydrate.js')), done()),
  });
  await new Promise((resolve, reject) => {
    const { pipe } = renderToPipeableStream(element, {
      onShellReady: () => resolve(pipe(into)),
      onShellError: reject,
      onError: (error) => console.error(error),
    });
  });
  return body;
}

export async function reactMiddleware(context, next) {
  if (!context.path.startsWith('/react/')) return next();
  if (scripts[context.path]) {
    context.type = 'text/javascript';
    context.body = await scripts[context.path]();
    return;
  }
  const pages = ['/react/client.html', '/react/ssr.html', '/react/ssr-string.html'];
  if (!pages.includes(context.path)) return next();
  context.type = 'text/html';
  if (context.path === '/react/client.html') {
    context.body = head + tail('/react/client.js');
    return;
  }
  const { app, renderToPipeableStream, renderToString } = await server();
  const element = app(context.query.form ?? 'string');
  if (context.path === '/react/ssr.html') context.body = await streamed(renderToPipeableStream, element);
  else context.body = head + renderToString(element) + tail('/react/hydrate.js');
}
