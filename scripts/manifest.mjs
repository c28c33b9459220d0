// custom-elements.json is generated from the JSDoc in src/ (@fires, @csspart, @cssprop, @slot) by the
// stock analyzer and committed for publishers' tools. `node scripts/manifest.mjs` writes it;
// `--check` fails when the committed file has drifted from the source.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import prettier from 'prettier';
import { withApi } from './readme-api.mjs';

// The analyzer's options, its scratch output directory among them, are in custom-elements-manifest.config.mjs.
const dir = 'node_modules/.cache/cem';
rmSync(dir, { recursive: true, force: true });
execFileSync('npx', ['cem', 'analyze'], { stdio: 'ignore' });
const manifest = JSON.parse(readFileSync(join(dir, 'custom-elements.json'), 'utf8'));
// The analyzer lists modules in file-system order; sorting makes the output the same on every machine.
manifest.modules.sort((a, b) => a.path.localeCompare(b.path));
const fresh = JSON.stringify(manifest, null, 2) + '\n';
const readme = readFileSync('README.md', 'utf8');
// Formatted as `prettier --check` expects, so the two checks agree.
const freshReadme = await prettier.format(withApi(readme, manifest), {
  ...(await prettier.resolveConfig('README.md')),
  filepath: 'README.md',
});

if (process.argv.includes('--check')) {
  let committed = '';
  try {
    committed = readFileSync('custom-elements.json', 'utf8');
  } catch {
    // a missing manifest is out of date too
  }
  if (fresh !== committed || freshReadme !== readme) {
    console.error(
      'custom-elements.json or the README API section is out of date with the JSDoc in src/: run `npm run analyze` and commit both.',
    );
    process.exit(1);
  }
  console.log('custom-elements.json and the README API section are up to date.');
} else {
  writeFileSync('custom-elements.json', fresh);
  writeFileSync('README.md', freshReadme);
  console.log('custom-elements.json and the README API section written.');
}
