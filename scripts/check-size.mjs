// The CDN bundle's byte budget: what every reader downloads before the first article shows, that is
// the entry and every chunk it imports statically. Chunks loaded on first use are listed apart.
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const BUDGET = 14 * 1024; // gzip bytes
// A server-rendered page also loads Lit's hydration support (a chunk) before its first render.
const SERVER_BUDGET = 16 * 1024;
const ENTRY = 'news-article.min.js';
const read = (file) => readFileSync(`dist/${file}`, 'utf8');
const gzipSize = (file) => gzipSync(read(file), { level: 9 }).length;
const staticImports = (file) =>
  [...read(file).matchAll(/\bimport\s*(?:[^()'"]*?from\s*)?["']\.\/([^"']+)["']/g)].map((m) => m[1]);

const upFront = new Set([ENTRY]);
for (const file of upFront) staticImports(file).forEach((dep) => upFront.add(dep));
const total = [...upFront].reduce((sum, file) => sum + gzipSize(file), 0);

console.log(
  `dist/${ENTRY}${upFront.size > 1 ? ` (+ ${upFront.size - 1} static chunks)` : ''}: ${total} B gzip — ` +
    `${total <= BUDGET ? 'within' : 'OVER'} the ${BUDGET} B budget (${BUDGET - total} B left)`,
);
const chunks = readdirSync('dist').filter((f) => f.endsWith('.js') && !upFront.has(f));
for (const chunk of chunks) console.log(`  loaded on first use: dist/${chunk}: ${gzipSize(chunk)} B gzip`);
const hydrate = chunks.find((chunk) => chunk.startsWith('hydrate-'));
const serverTotal = total + (hydrate ? gzipSize(hydrate) : 0);
console.log(
  `a server-rendered page (+ dist/${hydrate}): ${serverTotal} B gzip — ` +
    `${serverTotal <= SERVER_BUDGET ? 'within' : 'OVER'} the ${SERVER_BUDGET} B budget (${SERVER_BUDGET - serverTotal} B left)`,
);
if (total > BUDGET || !hydrate || serverTotal > SERVER_BUDGET) process.exit(1);
