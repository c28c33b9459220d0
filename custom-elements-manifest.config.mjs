// The stock analyzer, run by scripts/manifest.mjs (which sorts and writes custom-elements.json).
export default {
  // The elements and the base class they inherit their shared API from; internal modules are no API.
  globs: ['src/components/**/*.component.ts', 'src/internal/news-element.ts'],
  litelement: true,
  outdir: 'node_modules/.cache/cem',
  // package.json's "customElements" field is written by hand, pointing at the committed file.
  packagejson: false,
};
