// Minifies the text of this project's css`` and html`` template literals before terser runs
// (terser leaves template text alone). Only our own source in lib/ is touched, never Lit's.
import { transformSync } from 'esbuild';

const TEMPLATE = /\b(css|html) ?`((?:[^`\\]|\\.)*)`/gs;

// Our css`` templates hold no `${}` holes, so esbuild's CSS minifier can take them whole.
const minifyCss = (text) => transformSync(text, { loader: 'css', minify: true }).code.trim();

// In html`` templates only the literal text between `${…}` holes changes: runs of white space
// become one space, and white space between two tags goes.
const minifyHtml = (text) =>
  text
    .split(/(\$\{(?:[^{}]|\{[^{}]*\})*\})/)
    .map((chunk, i) => (i % 2 ? chunk : chunk.replace(/\s+/g, ' ').replace(/> </g, '><')))
    .join('');

export function minifyTemplates() {
  return {
    name: 'minify-templates',
    transform(code, id) {
      if (!id.includes('/lib/')) return null;
      const out = code.replace(TEMPLATE, (match, tag, text) => {
        if (tag === 'css' && text.includes('${')) return match;
        return `${tag}\`${tag === 'css' ? minifyCss(text) : minifyHtml(text)}\``;
      });
      return { code: out, map: null };
    },
  };
}
