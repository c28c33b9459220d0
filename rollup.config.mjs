import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { minifyTemplates } from './scripts/minify-templates.mjs';

// The CDN bundle: one self-contained ES module (Lit included) that defines all five elements.
// It is built from the compiled `lib/`, so `tsc` stays the one TypeScript compiler in the project.
export default {
  input: 'lib/index.js',
  output: {
    file: 'dist/news-article.min.js',
    format: 'es',
    sourcemap: true,
  },
  plugins: [
    nodeResolve(),
    minifyTemplates(),
    terser({
      ecma: 2022,
      module: true,
      compress: { passes: 2 },
      format: { comments: false },
    }),
  ],
};
