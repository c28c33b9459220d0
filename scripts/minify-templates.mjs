// Minifies the text of this project's css`` and html`` template literals (terser leaves template
// text alone). scripts/minify-lib.mjs applies it to lib/ in place, so the npm build, the CDN bundle
// (built from lib/) and the server renderer share the same template strings: Lit hydrates
// server output only when the client's templates are the very strings the server rendered.
import { transformSync } from 'esbuild';

// A tag name on its own (not `.html` at the end of a file name inside another template).
const TAG = /(?<![.\w$])(css|html|staticHtml) ?`/g;

/**
 * The end of a template literal whose text starts at `start`, and its literal chunks (the text
 * between `${…}` holes). Holes are skipped whole, nested strings and templates included.
 */
function scanTemplate(code, start) {
  const chunks = [];
  let i = start;
  let chunkStart = start;
  while (i < code.length) {
    const c = code[i];
    if (c === '\\') i += 2;
    else if (c === '`') return { end: i, chunks: [...chunks, [chunkStart, i]] };
    else if (c === '$' && code[i + 1] === '{') {
      chunks.push([chunkStart, i]);
      i = skipExpression(code, i + 2);
      chunkStart = i;
    } else i++;
  }
  throw new Error('unterminated template literal');
}

/** The index just past the `}` that closes an expression starting at `start`. */
function skipExpression(code, start) {
  let depth = 1;
  let i = start;
  while (depth > 0) {
    const c = code[i];
    if (c === '{') depth++;
    else if (c === '}') depth--;
    else if (c === '`') i = scanTemplate(code, i + 1).end;
    else if (c === '"' || c === "'") {
      for (i++; code[i] !== c; i++) if (code[i] === '\\') i++;
    }
    i++;
  }
  return i;
}

// Our css`` templates hold no `${}` holes, so esbuild's CSS minifier can take them whole. It keeps
// custom property values and their var() fallbacks as written, so the space after a `:` or `,`
// there goes too, as does the space around `*` and `/` in calc() (outside strings; neither is
// significant). Its output goes back into a template literal, so a backslash it writes (a CSS
// escape) must be escaped for JS.
const minifyCss = (text) =>
  transformSync(text, { loader: 'css', minify: true, charset: 'utf8' })
    .code.trim()
    .replace(/("[^"]*")|([:,]) | ([*/]) /g, (_, string, separator, operator) => string ?? separator ?? operator)
    .replace(/[\\`]/g, '\\$&');
// In html`` text, runs of white space become one space, and white space between tags goes, as does
// white space between a tag and a hole that opens or closes an element's content (no text node to
// create for it on every render). White space between two holes stays: it may separate words.
const minifyHtml = (text) =>
  text
    .replace(/\s+/g, ' ')
    .replace(/> </g, '><')
    .replace(/> $/, '>')
    .replace(/^ <\//, '</')
    .replace(/(^|") \/?>/g, '$1>')
    .replace(/<\/([\w-]+) >/g, '</$1>');

/** The edits that minify every css`` and html`` template literal in `code`: [from, to, text]. */
export function templateEdits(code) {
  const edits = [];
  for (const match of code.matchAll(TAG)) {
    const start = match.index + match[0].length;
    const { chunks } = scanTemplate(code, start);
    const css = match[1] === 'css';
    if (css && chunks.length > 1) continue;
    for (const [from, to] of chunks) edits.push([from, to, (css ? minifyCss : minifyHtml)(code.slice(from, to))]);
  }
  // Nested templates are found twice (inside their parent's hole too): keep the outermost edits.
  edits.sort((a, b) => a[0] - b[0]);
  const kept = [];
  for (const edit of edits) if (!kept.length || edit[0] >= kept.at(-1)[1]) kept.push(edit);
  return kept;
}
