// The stock analyzer, run by scripts/manifest.mjs (which sorts and writes custom-elements.json).
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts'],
  litelement: true,
  outdir: 'node_modules/.cache/cem',
  // package.json's "customElements" field is written by hand, pointing at the committed file.
  packagejson: false,
};
