// The tarball as `npm pack` makes it: what a publisher installs. Everything package.json promises
// is in it, nothing that is only ours (tests, fixtures, sources without their maps' content) is.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { before, describe, it } from 'node:test';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
let files;

before(() => {
  const [packed] = JSON.parse(
    execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' }),
  );
  files = new Set(packed.files.map((file) => file.path));
});

/** Every file path an `exports` entry (or its conditions) points at, with `*` patterns left out. */
const exportTargets = (value) =>
  typeof value === 'string' ? [value] : Object.values(value).flatMap((inner) => exportTargets(inner));

describe('the npm tarball', () => {
  it('holds the license, the README, the typed library, the CDN bundle, the manifest, the editor data and the schema', () => {
    for (const file of [
      'LICENSE',
      'README.md',
      'package.json',
      'lib/index.js',
      'lib/index.d.ts',
      'lib/server/index.d.ts',
      'lib/cli/cli.js',
      'dist/news-article.min.js',
      'custom-elements.json',
      'vscode.html-custom-data.json',
      'web-types.json',
      'article.schema.json',
      'feed.schema.json',
    ]) {
      assert.ok(files.has(file), `${file} is packed`);
    }
    assert.equal(pkg.license, 'MIT');
    assert.match(readFileSync('LICENSE', 'utf8'), /^MIT License/);
  });

  it('packs every file package.json points at: exports, types, bin, the manifest and the web-types', () => {
    const targets = [
      ...exportTargets(pkg.exports).filter((target) => !target.includes('*')),
      pkg.main,
      pkg.types,
      ...Object.values(pkg.bin),
      pkg.customElements,
      pkg['web-types'],
    ];
    for (const target of targets) assert.ok(files.has(normalize(target)), `${target} is packed`);
    const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
    for (const { path } of manifest.modules) assert.ok(files.has(path), `the manifest's ${path} is packed`);
  });

  it('packs no tests, fixtures, sources or build scripts', () => {
    const stray = [...files].filter((file) => /^(test|src|scripts|bench|\.ci|node_modules)\/|\.test\./.test(file));
    assert.deepEqual(stray, []);
  });

  it('ships source maps that resolve: each source is packed or its content is in the map', () => {
    const maps = [...files].filter((file) => file.endsWith('.map'));
    assert.ok(maps.length > 40, `${maps.length} maps`);
    for (const file of maps) {
      const map = JSON.parse(readFileSync(file, 'utf8'));
      map.sources.forEach((source, index) => {
        const packed = files.has(normalize(join(dirname(file), map.sourceRoot ?? '', source)));
        assert.ok(packed || typeof map.sourcesContent?.[index] === 'string', `${file}: ${source} resolves`);
      });
    }
  });
});
