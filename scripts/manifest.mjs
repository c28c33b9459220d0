// custom-elements.json is generated from the JSDoc in src/ (@fires, @csspart, @cssprop, @slot) by the
// stock analyzer and committed for publishers' tools, with what is made from it: the README's API
// section and the editor data. `node scripts/manifest.mjs` writes them; `--check` fails when a
// committed file has drifted from the source.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import prettier from 'prettier';
import { vscodeData, webTypes } from './editor-data.mjs';
import { withShippedPaths } from './manifest-paths.mjs';
import { withApi } from './readme-api.mjs';

// The analyzer's options, its scratch output directory among them, are in custom-elements-manifest.config.mjs.
const dir = 'node_modules/.cache/cem';
rmSync(dir, { recursive: true, force: true });
execFileSync('npx', ['cem', 'analyze'], { stdio: 'ignore' });
// Sorted by path (the analyzer lists modules in file-system order), so every machine writes the same file.
const manifest = withShippedPaths(JSON.parse(readFileSync(join(dir, 'custom-elements.json'), 'utf8')));
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const read = (file) => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return ''; // a missing file is out of date too
  }
};
// Formatted as `prettier --check` expects, so the two checks agree.
const format = async (file, text) => prettier.format(text, { ...(await prettier.resolveConfig(file)), filepath: file });

const outputs = {
  'custom-elements.json': JSON.stringify(manifest, null, 2) + '\n',
  'README.md': withApi(read('README.md'), manifest),
  'vscode.html-custom-data.json': JSON.stringify(vscodeData(manifest, pkg.homepage)),
  'web-types.json': JSON.stringify(webTypes(manifest, pkg)),
};
const fresh = {};
for (const [file, text] of Object.entries(outputs)) fresh[file] = await format(file, text);

if (process.argv.includes('--check')) {
  const stale = Object.keys(fresh).filter((file) => fresh[file] !== read(file));
  if (stale.length) {
    console.error(`${stale.join(', ')} out of date with the JSDoc in src/: run \`npm run analyze\` and commit.`);
    process.exit(1);
  }
  console.log(`${Object.keys(fresh).join(', ')} are up to date.`);
} else {
  for (const [file, text] of Object.entries(fresh)) writeFileSync(file, text);
  console.log(`${Object.keys(fresh).join(', ')} written.`);
}
