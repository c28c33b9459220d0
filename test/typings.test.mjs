// The typings publishers' toolchains read, checked as their projects would check them: a correct use
// of every element compiles in React 19, Preact, Vue 3 and Svelte 5 templates and from every import
// path; each wrong prop type or event detail is an error. The fixtures in test/types/ import the
// package by its name, so they see exactly what package.json's exports give (run after the build).
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { describe, it } from 'node:test';
import { promisify } from 'node:util';

const run = promisify(execFile);
const bin = (name) => `node_modules/.bin/${name}`;

/** The checker's exit status and output (a failing check resolves too). */
async function check(command, args, options = {}) {
  try {
    const { stdout } = await run(command, args, { ...options, encoding: 'utf8' });
    return { code: 0, output: stdout };
  } catch (error) {
    return { code: error.code, output: `${error.stdout}${error.stderr}` };
  }
}

describe('typings', { concurrency: true }, () => {
  // In the .tsx and .vue fixtures each mistake carries an expect-error comment, which fails the
  // check when the mistake is not reported: a clean run proves both the right and the wrong uses.
  for (const [name, fixture] of [
    ['React 19 JSX', 'react'],
    ['Preact JSX', 'preact'],
    ['every import path, per element too', 'imports'],
  ]) {
    it(`type-checks ${name}, catching each mistake`, async () => {
      const { code, output } = await check(bin('tsc'), ['-p', `test/types/${fixture}`]);
      assert.equal(output, '');
      assert.equal(code, 0);
    });
  }

  it('type-checks Vue 3 templates with vue-tsc, catching each mistake', async () => {
    const { code, output } = await check(bin('vue-tsc'), ['-p', 'test/types/vue']);
    assert.equal(output, '');
    assert.equal(code, 0);
  });

  it('type-checks Svelte 5 markup with svelte-check: the right uses pass, each mistake is reported', async () => {
    const { output } = await check('../../../node_modules/.bin/svelte-check', ['--output', 'machine'], {
      cwd: 'test/types/svelte',
    });
    // Machine output: `<time> ERROR "<file>" <line>:<column> "<message as a JSON string>"`.
    const errors = [...output.matchAll(/ ERROR "(\S+)" (\d+):\d+ (".*")$/gm)].map(([, file, line, text]) => ({
      file,
      line: Number(line),
      text: JSON.parse(text),
    }));
    assert.deepEqual(
      errors.map(({ file, line }) => `${file}:${line}`),
      [6, 7, 8, 9, 10, 11].map((line) => `Mistakes.svelte:${line}`),
    );
    assert.match(errors[0].text, /number.*not assignable.*ArticleInput/);
    assert.match(errors[1].text, /'7'.*not assignable.*1 \| 2 \| 3 \| 4 \| 5 \| 6/);
    assert.match(errors[2].text, /"blue".*not assignable.*"dark" \| "light"/);
    assert.match(errors[3].text, /'"ugc"' does not exist/);
    assert.match(errors[4].text, /'url' does not exist on type 'NewsLoadDetail'/);
    assert.match(errors[5].text, /"masonry".*not assignable.*"grid" \| "list"/);
  });
});
