import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

// The CDN bundle: one self-contained ES module (Lit included) that defines all five elements.
// It is built from the compiled `lib/` (its templates already minified by scripts/minify-lib.mjs), so
// `tsc` stays the one TypeScript compiler in the project.
export default {
  input: 'lib/index.js',
  // Let the lazy chunks import shared code from the entry itself, instead of rollup splitting the
  // entry into a facade plus a shared chunk (two requests before the first article shows).
  preserveEntrySignatures: 'allow-extension',
  output: {
    dir: 'dist',
    format: 'es',
    // Maps ship beside each file, unreferenced: a `sourceMappingURL` line is about 30 bytes (gzip) that every
    // reader would download for the few who debug; devtools load a map by hand ("Add source map").
    sourcemap: 'hidden',
    entryFileNames: 'news-article.min.js',
    // Optional paths (DOMPurify for HTML bodies) load on first use, found relative to the bundle,
    // so a CDN serves them with nothing configured.
    chunkFileNames: '[name]-[hash].min.js',
  },
  plugins: [
    nodeResolve(),
    terser({
      ecma: 2022,
      module: true,
      // keep_fargs: false drops unused parameters; nothing here or in Lit reads a function's `length`.
      compress: { passes: 2, unsafe: true, keep_fargs: false },
      format: { comments: false },
    }),
  ],
};
