import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { minifyTemplates } from './scripts/minify-templates.mjs';

// The CDN bundle: one self-contained ES module (Lit included) that defines all five elements.
// It is built from the compiled `lib/`, so `tsc` stays the one TypeScript compiler in the project.
export default {
  input: 'lib/index.js',
  // Let the lazy chunks import shared code from the entry itself, instead of rollup splitting the
  // entry into a facade plus a shared chunk (two requests before the first article shows).
  preserveEntrySignatures: 'allow-extension',
  output: {
    dir: 'dist',
    format: 'es',
    sourcemap: true,
    entryFileNames: 'news-article.min.js',
    // Optional paths (DOMPurify for HTML bodies) load on first use, found relative to the bundle,
    // so a CDN serves them with nothing configured.
    chunkFileNames: '[name]-[hash].min.js',
  },
  plugins: [
    nodeResolve(),
    minifyTemplates(),
    terser({
      ecma: 2022,
      module: true,
      compress: { passes: 2, unsafe: true },
      format: { comments: false },
    }),
  ],
};
