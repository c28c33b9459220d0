// `npm start`: serves the repository on localhost so demo/ can load the built dist/ bundle exactly
// as a publisher's page loads it from a CDN, compressed and cached as a CDN serves it. No
// dependency: a static file server is all it takes.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { STRICT_CSP, STRICT_PAGE } from './csp.mjs';
import { demoPage } from './demo-page.mjs';

const root = resolve(import.meta.dirname, '..');
const port = Number(process.env.PORT) || 8000;
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.map': 'application/json',
};
// The bundle's chunks are named by their content's hash, so they never change: cache them for good.
// Everything else is checked again on each visit (it changes while you work on the package).
const HASHED = /^\/dist\/.+-[\w-]{8}\.min\.js$/;

/** Sends a body as a CDN would: gzip for text when the browser takes it. */
function send(req, res, body, headers) {
  const type = headers['content-type'] ?? '';
  if (/gzip/.test(req.headers['accept-encoding'] ?? '') && /text|json|javascript|svg/.test(type)) {
    body = gzipSync(body);
    headers = { ...headers, 'content-encoding': 'gzip', vary: 'accept-encoding' };
  }
  res.writeHead(200, { ...headers, 'content-length': body.length }).end(body);
}

const server = createServer(async (req, res) => {
  const { pathname } = new URL(req.url ?? '/', 'http://localhost');
  if (pathname === '/') return void res.writeHead(302, { location: '/demo/' }).end();
  if (pathname === '/demo/' || pathname === '/demo/index.html') {
    const html = await demoPage(new URL(req.url, `http://${req.headers.host}`));
    return send(req, res, Buffer.from(html), { 'content-type': types['.html'], 'cache-control': 'no-cache' });
  }
  let path = join(root, normalize(decodeURIComponent(pathname)));
  if (!path.startsWith(root)) return void res.writeHead(403).end();
  try {
    if ((await stat(path)).isDirectory()) path = join(path, 'index.html');
    const headers = {
      'content-type': types[extname(path)] ?? 'application/octet-stream',
      'cache-control': HASHED.test(pathname) ? 'public, max-age=31536000, immutable' : 'no-cache',
    };
    if (STRICT_PAGE.test(pathname)) headers['content-security-policy'] = STRICT_CSP;
    send(req, res, await readFile(path), headers);
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
  }
});

server.listen(port, '127.0.0.1', () => console.log(`Demo: http://localhost:${port}/demo/`));
