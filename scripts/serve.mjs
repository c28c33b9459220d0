// `npm start`: serves the repository on localhost so demo/ can load the built dist/ bundle exactly
// as a publisher's page loads it from a CDN. No dependency: a static file server is all it takes.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
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

const server = createServer(async (req, res) => {
  const { pathname } = new URL(req.url ?? '/', 'http://localhost');
  if (pathname === '/') return void res.writeHead(302, { location: '/demo/' }).end();
  if (pathname === '/demo/' || pathname === '/demo/index.html') {
    const html = await demoPage(new URL(req.url, `http://${req.headers.host}`));
    return void res.writeHead(200, { 'content-type': types['.html'], 'cache-control': 'no-store' }).end(html);
  }
  let path = join(root, normalize(decodeURIComponent(pathname)));
  if (!path.startsWith(root)) return void res.writeHead(403).end();
  try {
    if ((await stat(path)).isDirectory()) path = join(path, 'index.html');
    const body = await readFile(path);
    const headers = { 'content-type': types[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-store' };
    if (STRICT_PAGE.test(pathname)) headers['content-security-policy'] = STRICT_CSP;
    res.writeHead(200, headers);
    res.end(body);
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
  }
});

server.listen(port, '127.0.0.1', () => console.log(`Demo: http://localhost:${port}/demo/`));
