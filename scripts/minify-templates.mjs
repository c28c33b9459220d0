// Collapses the white space inside this project's css`` and html`` template literals before terser
// runs (terser leaves template text alone). Only our own source in lib/ is touched, never Lit's.
const TEMPLATE = /\b(css|html)`((?:[^`\\]|\\.)*)`/gs;

function squeeze(tag, text) {
  // `${…}` holes are kept as they are; only the literal text between them changes.
  return text
    .split(/(\$\{(?:[^{}]|\{[^{}]*\})*\})/)
    .map((chunk, i) => {
      if (i % 2) return chunk;
      let out = chunk.replace(/\s+/g, ' ');
      if (tag === 'css') out = out.replace(/ ?([{}:;,>]) ?/g, '$1').replace(/;}/g, '}');
      else out = out.replace(/> </g, '><');
      return out;
    })
    .join('');
}

export function minifyTemplates() {
  return {
    name: 'minify-templates',
    transform(code, id) {
      if (!id.includes('/lib/')) return null;
      return { code: code.replace(TEMPLATE, (_, tag, text) => `${tag}\`${squeeze(tag, text)}\``), map: null };
    },
  };
}
