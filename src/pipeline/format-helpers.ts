// What the readers of other formats share: text out of HTML, and a mapping onto format v1 that
// remembers where each field came from, so the v1 reader's issues name places in the input.
import type { ArticleIssue, NormalizeResult } from '../types.js';
import { issue } from './normalize.js';
import { field } from './object.js';

/** Items of one list looked at; past them the rest is reported and not read. */
export const MAX_ITEMS = 200;

// The named entities WordPress writes (esc_html, wptexturize); any other is left as it is.
const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  hellip: '…',
  ndash: '–',
  mdash: '—',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
};
const ENTITY = /&(?:#(\d{1,8})|#x([\da-f]{1,8})|([a-z]{2,6}));/gi;
// Tags that break a line: a space where they were, so `<p>One.</p><p>Two.</p>` reads "One. Two.".
// A tag never spans a `<`, which keeps both patterns linear on any input.
const BREAK = /<\/?(?:p|br|div|li|h[1-6]|blockquote|figcaption|tr|td|th)\b[^<>]*>/gi;
const TAG = /<[^<>]*>/g;

/** Decodes numeric character references and the named entities WordPress writes. */
export function decodeEntities(text: string): string {
  return text.replace(ENTITY, (entity, decimal?: string, hex?: string, name?: string) => {
    if (name) return (field(NAMED, name) as string | undefined) ?? entity;
    const code = decimal ? parseInt(decimal, 10) : parseInt(hex!, 16);
    // As HTML does: nothing past Unicode, no NUL and no lone surrogate.
    return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : '\ufffd';
  });
}

/** The text of an HTML fragment: tags dropped, whitespace runs as one space, entities decoded. */
export const plainText = (html: string): string =>
  decodeEntities(
    html
      .replace(BREAK, ' ')
      .replace(TAG, '')
      .replace(/[ \t\n\r\f]+/g, ' '),
  ).trim();

/** The text of a value that may be HTML; anything but a string is passed on for the v1 reader to report. */
export const textOf = (value: unknown): unknown => (typeof value === 'string' ? plainText(value) : value);

/** `base.key`, or `key` at the top. */
export const join = (base: string, key: string): string => (base ? `${base}.${key}` : key);

/**
 * An input in another format mapped onto format v1: `article` is built by the format's reader,
 * `from` notes the input path each of its fields came from, `warn` reports what could not be used.
 * `read` runs the v1 reader on it (which applies every bound) and rewrites its issue paths.
 */
export class Mapping {
  readonly article: Record<string, unknown> = {};
  readonly issues: ArticleIssue[] = [];
  readonly #paths = new Map<string, string>();

  /** @param base Where the mapped object is in the input: '' for the input itself, `[0]` in a list. */
  constructor(readonly base = '') {}

  /** The input path of `path`, a path in the mapped object. */
  at(path: string): string {
    return !this.base ? path : !path || path.startsWith('[') ? this.base + path : `${this.base}.${path}`;
  }

  /** Sets a v1 field (absent when `value` is undefined) and notes where it came from. */
  set(key: string, value: unknown, from: string): void {
    if (value !== undefined) this.article[key] = value;
    this.from(key, from);
  }

  /** Notes that the v1 path `to` (`image.url`, `tags[2]`) came from `from`. */
  from(to: string, from: string): void {
    this.#paths.set(to, this.at(from));
  }

  warn(path: string, message: string, severity: ArticleIssue['severity'] = 'warning'): void {
    this.issues.push(issue(this.at(path), message, severity));
  }

  /** The items of a list, at most MAX_ITEMS of them (the rest reported); a non-list is reported. */
  list(value: unknown, path: string, what: string): unknown[] {
    if (value == null) return [];
    if (!Array.isArray(value)) return (this.warn(path, `expected an array of ${what}; ignored`), []);
    if (value.length > MAX_ITEMS) this.warn(path, `more than ${MAX_ITEMS} items; the rest not read`);
    return value.slice(0, MAX_ITEMS);
  }

  /** The input path of a v1 path: its longest noted prefix, replaced; the rest kept. */
  #inputPath(path: string): string {
    for (
      let end = path.length;
      end > 0;
      end = Math.max(path.lastIndexOf('.', end - 1), path.lastIndexOf('[', end - 1))
    ) {
      const from = this.#paths.get(path.slice(0, end));
      if (from !== undefined) return from + path.slice(end);
    }
    return this.at(path);
  }

  /** Reads the mapped article with the v1 reader; every issue names its place in the input. */
  read(readArticle: (article: unknown) => NormalizeResult): NormalizeResult {
    const { article, issues } = readArticle(this.article);
    const all = [...issues.map((i) => ({ ...i, path: this.#inputPath(i.path) })), ...this.issues];
    return article && !this.issues.some((i) => i.severity === 'error') ? { article, issues: all } : { issues: all };
  }
}
