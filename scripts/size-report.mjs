// `npm run size`: what each feature costs in the CDN build. For the main bundle, the minified bytes
// that its source map attributes to each source file, and that share of its gzip size (gzip has no
// per-file size: the share is an estimate); then every chunk loaded on first use, by gzip size.
// `node scripts/size-report.mjs --json` prints the same as JSON.
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { TraceMap, eachMapping } from '@jridgewell/trace-mapping';

const DIST = new URL('../dist/', import.meta.url);
const ENTRY = 'news-article.min.js';
const read = (file) => readFileSync(new URL(file, DIST), 'utf8');
const gzipSize = (text) => gzipSync(text, { level: 9 }).length;

/** Minified bytes per source file of one dist file, from its source map (unmapped bytes as `(unmapped)`). */
export function attribute(file) {
  const code = read(file);
  const lineStarts = [0];
  for (let i = 0; i < code.length; i++) if (code[i] === '\n') lineStarts.push(i + 1);
  const starts = [];
  eachMapping(new TraceMap(JSON.parse(read(`${file}.map`))), (m) =>
    starts.push([lineStarts[m.generatedLine - 1] + m.generatedColumn, m.source ?? '(unmapped)']),
  );
  starts.sort((a, b) => a[0] - b[0]);
  const bytes = new Map([['(unmapped)', starts[0]?.[0] ?? code.length]]);
  starts.forEach(([start, source], i) => {
    const name = source.replace(/^.*node_modules\//, '').replace(/^(\.\.\/)+/, '');
    bytes.set(name, (bytes.get(name) ?? 0) + (starts[i + 1]?.[0] ?? code.length) - start);
  });
  const gzip = gzipSize(code);
  const sources = [...bytes]
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1])
    .map(([source, n]) => ({ source, bytes: n, gzipShare: Math.round((n / code.length) * gzip) }));
  return { file, bytes: code.length, gzip, sources };
}

export function report() {
  const chunks = readdirSync(DIST)
    .filter((file) => file.endsWith('.min.js') && file !== ENTRY)
    .map((file) => ({ file, gzip: gzipSize(read(file)) }))
    .sort((a, b) => b.gzip - a.gzip);
  return { main: attribute(ENTRY), chunks };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { main, chunks } = report();
  if (process.argv.includes('--json')) console.log(JSON.stringify({ main, chunks }, null, 2));
  else {
    console.log(`dist/${main.file}: ${main.bytes} B minified, ${main.gzip} B gzip; by source (gzip share estimated):`);
    for (const { source, bytes, gzipShare } of main.sources)
      console.log(`${String(bytes).padStart(8)} B ${String(gzipShare).padStart(6)} B gzip  ${source}`);
    console.log('loaded on first use:');
    for (const { file, gzip } of chunks) console.log(`${String(gzip).padStart(17)} B gzip  dist/${file}`);
  }
}
