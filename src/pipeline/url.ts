// Resolving against a placeholder base lets relative URLs through while the URL parser does the
// hard part: it lower-cases the scheme and strips the whitespace and control characters that
// obfuscated `java\tscript:` spellings hide behind, exactly as the browser will when it follows the link.
const BASE = 'https://base.invalid/';

// Values the URL parser can only read as http(s) or relative: a literal `http://` or `https://`
// prefix, or a first character that cannot begin a scheme. Checking them needs no parse.
const PLAIN = /^(?:https?:\/\/|[/?#.])/i;

/** True for `http:`, `https:` and relative URLs; false for every other scheme. */
export function isSafeUrl(value: string): boolean {
  if (PLAIN.test(value)) return true;
  try {
    const { protocol } = new URL(value, BASE);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}
