// Minifies the template literals of the compiled lib/ in place, after tsc and before rollup (see
// minify-templates.mjs for why lib/ itself, not only the CDN bundle), and remaps each file's source
// map through the edit so it still points at the right line of src/.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import remapping from '@jridgewell/remapping';
import MagicString from 'magic-string';
import { templateEdits } from './minify-templates.mjs';

const files = readdirSync('lib', { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.js'));
for (const file of files.map((name) => join('lib', name))) {
  const code = readFileSync(file, 'utf8');
  const edits = templateEdits(code);
  if (!edits.length) continue;
  const out = new MagicString(code);
  for (const [from, to, text] of edits) if (to > from) out.update(from, to, text);
  const mapFile = `${file}.map`;
  const tscMap = JSON.parse(readFileSync(mapFile, 'utf8'));
  const editMap = out.generateMap({ hires: true, source: file, includeContent: false });
  const map = remapping([editMap, tscMap], () => null);
  writeFileSync(file, out.toString());
  writeFileSync(mapFile, JSON.stringify({ ...map, file: tscMap.file }));
}
