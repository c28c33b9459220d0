// The CDN bundle's byte budget: what every reader downloads before the first article shows.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const BUDGET = 12 * 1024; // gzip bytes
const file = 'dist/news-article.min.js';
const raw = readFileSync(file);
const gzip = gzipSync(raw, { level: 9 }).length;
const verdict = gzip <= BUDGET ? 'within' : 'OVER';
console.log(
  `${file}: ${raw.length} B, ${gzip} B gzip — ${verdict} the ${BUDGET} B gzip budget (${BUDGET - gzip} B left)`,
);
if (gzip > BUDGET) process.exit(1);
