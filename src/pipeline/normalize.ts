import type {
  ArticleDate,
  ArticleImage,
  ArticleIssue,
  NormalizeResult,
  NormalizedArticle,
  NormalizedRelated,
  Person,
  Tag,
} from '../types.js';
import { formatOf, loadFormat, readerOf } from './formats.js';
import { field, isRecord } from './object.js';
import { isSafeUrl } from './url.js';

/** Upper bounds on what one article may bring in; anything past them is cut and reported. */
export const LIMITS = {
  text: 1_000,
  description: 5_000,
  body: 200_000,
  url: 2_048,
  alternativeHeadlines: 10,
  authors: 20,
  tags: 50,
  keyPoints: 20,
  related: 20,
  /** Pixels of an image side, words of `wordCount`. */
  size: 200_000,
} as const;

type Read<T = unknown> = (value: unknown, path: string) => T | undefined;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/i;

// Markup in `articleBody`: real sites fill it with HTML as often as with plain text. A tag never
// spans a `<`, which keeps both patterns linear on hostile input such as '<a <a <a …'.
const MARKUP = /<\/?[a-z][\w-]*(?:\s[^<>]*)?\/?>/i;
const TAG = /<[^<>]*>/g;

// Reading speed: about 230 words a minute, and about as many Chinese or Japanese characters (the
// IReST study, Trauzettel-Klosinski et al. 2012), so each ideograph or kana counts as a word. A
// word starts with something other than punctuation, so a lone dash or '。' is not one.
const WORD = /(?!\p{P})(?:[\p{Ideographic}\u3040-\u30ff]|[^\s\p{Ideographic}\u3040-\u30ff]+)/gu;

// The issues of the article being read; normalization is synchronous, so one list at a time.
let issues: ArticleIssue[] = [];

/** A problem at a JSON path: an error makes the article invalid, a warning drops only what it names. */
export const issue = (path: string, message: string, severity: ArticleIssue['severity'] = 'error'): ArticleIssue => ({
  path,
  message,
  severity,
});

function warn(path: string, message: string): undefined {
  issues.push(issue(path, message, 'warning'));
  return undefined;
}

function readText(value: unknown, path: string, max: number = LIMITS.text): string | undefined {
  if (value == null) return undefined;
  if (typeof value !== 'string') return warn(path, 'expected a string; ignored');
  let text = value.trim();
  if (text.length > max) {
    warn(path, `longer than ${max} characters; cut`);
    // The ellipsis counts within the bound, so a cut text read again is not cut again. Never between
    // the two halves of a surrogate pair (an emoji), which would leave a broken character.
    const cut = text.slice(0, max - 1).replace(/[\uD800-\uDBFF]$/, '');
    text = cut.trimEnd() + '…';
  }
  return text || undefined;
}

const readLongText: Read<string> = (value, path) => readText(value, path, LIMITS.description);

// An over-long URL is dropped, not cut: a cut URL would link somewhere else.
function readUrl(value: unknown, path: string): string | undefined {
  const url = readText(value, path, Infinity);
  if (url === undefined) return undefined;
  if (url.length > LIMITS.url) return warn(path, `longer than ${LIMITS.url} characters; dropped`);
  return isSafeUrl(url) ? url : warn(path, 'not an http(s) or relative URL; dropped');
}

function readDate(value: unknown, path: string): ArticleDate | undefined {
  const iso = readText(value, path);
  if (iso === undefined) return undefined;
  const time = ISO_DATE.test(iso) ? Date.parse(iso) : NaN;
  if (Number.isNaN(time)) return warn(path, 'not an ISO 8601 date; ignored');
  return { iso, date: new Date(time), dateOnly: iso.length === 10 };
}

function readSize(value: unknown, path: string): number | undefined {
  if (value == null) return undefined;
  const size = typeof value === 'string' ? Number(value) : value;
  return Number.isInteger(size) && (size as number) > 0 && (size as number) <= LIMITS.size
    ? (size as number)
    : warn(path, `expected a whole number from 1 to ${LIMITS.size}; ignored`);
}

/** The fields of an object named in `spec`, each read by its reader; absent ones left out. */
function readFields<T>(value: unknown, path: string, spec: Record<string, Read>): T {
  const out: Record<string, unknown> = {};
  for (const key in spec) {
    const read = spec[key](field(value, key), path ? `${path}.${key}` : key);
    if (read !== undefined) out[key] = read;
  }
  return out as T;
}

/** A value or an array of values, each read by `item`, cut at `max`; duplicates by `key` dropped. */
function readList<T>(value: unknown, path: string, max: number, item: Read<T>, key?: (item: T) => string): T[] {
  if (value == null) return [];
  const list = Array.isArray(value);
  const values = list ? value : [value];
  const seen = new Set<string>();
  const out: T[] = [];
  for (let i = 0; i < values.length && out.length < max; i++) {
    const read = item(values[i], list ? `${path}[${i}]` : path);
    const id = read === undefined ? undefined : (key?.(read) ?? String(i));
    if (id === undefined || seen.has(id)) continue;
    seen.add(id);
    out.push(read!);
  }
  if (values.length > max && out.length === max) warn(path, `more than ${max} items; the rest dropped`);
  return out;
}

/** A string or an object with a name (`{name, url}`), as authors, publishers and tags are given. */
function readNamed(value: unknown, path: string): Person | undefined {
  if (typeof value === 'string' || value == null) {
    const name = readText(value, path);
    return name === undefined ? undefined : { name };
  }
  if (!isRecord(value)) return warn(path, 'expected a string or an object with a name; ignored');
  const named = readFields<Partial<Person>>(value, path, { name: readText, url: readUrl });
  return named.name ? (named as Person) : warn(`${path}.name`, 'missing; item ignored');
}

const IMAGE: Record<keyof ArticleImage, Read> = {
  url: readUrl,
  alt: readText,
  caption: readText,
  credit: readText,
  width: readSize,
  height: readSize,
};

function readImage(value: unknown, path: string): ArticleImage | undefined {
  if (typeof value === 'string' || value == null) {
    const url = readUrl(value, path);
    return url === undefined ? undefined : { url };
  }
  if (!isRecord(value)) return warn(path, 'expected a URL or an image object; ignored');
  const image = readFields<ArticleImage>(value, path, IMAGE);
  return image.url ? image : warn(`${path}.url`, 'missing or unsafe; image ignored');
}

const RELATED: Record<keyof NormalizedRelated, Read> = {
  headline: readText,
  url: readUrl,
  datePublished: readDate,
  image: readImage,
  description: readLongText,
};

function readRelated(value: unknown, path: string): NormalizedRelated | undefined {
  const item = isRecord(value) ? readFields<NormalizedRelated>(value, path, RELATED) : undefined;
  return item?.headline && item.url ? item : warn(path, 'needs a headline and a safe url; ignored');
}

function readTags(input: unknown): Tag[] {
  const tags = field(input, 'tags');
  const [value, path] = tags === undefined ? [field(input, 'keywords'), 'keywords'] : [tags, 'tags'];
  const list = typeof value === 'string' && path === 'keywords' ? value.split(',') : value;
  return readList(list, path, LIMITS.tags, readNamed, (tag) => tag.name.toLowerCase());
}

/** The body: `bodyHtml`, or `articleBody` as HTML when it holds markup, else plain paragraphs. */
function readBody(input: unknown): Pick<NormalizedArticle, 'paragraphs' | 'bodyHtml'> {
  const bodyHtml = readText(field(input, 'bodyHtml'), 'bodyHtml', LIMITS.body);
  if (bodyHtml !== undefined) return { paragraphs: [], bodyHtml };
  const body = readText(field(input, 'articleBody'), 'articleBody', LIMITS.body);
  if (body === undefined) return { paragraphs: [] };
  if (MARKUP.test(body)) return { paragraphs: [], bodyHtml: body };
  return {
    paragraphs: body
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .filter(Boolean),
  };
}

// The single-valued fields of the format, each with its reader.
const ARTICLE: Partial<Record<keyof NormalizedArticle, Read>> = {
  section: readText,
  description: readLongText,
  image: readImage,
  publisher: readNamed,
  datePublished: readDate,
  dateModified: readDate,
  dateline: readText,
  url: readUrl,
  inLanguage: readText,
};

/** The body's length in words: `wordCount` when the article states it, else counted in the body's text. */
function wordCount(input: unknown, { bodyHtml, paragraphs }: ReturnType<typeof readBody>): number | undefined {
  return (
    readSize(field(input, 'wordCount'), 'wordCount') ??
    (bodyHtml?.replace(TAG, ' ') ?? paragraphs.join(' ')).match(WORD)?.length
  );
}

function readArticle(input: unknown): NormalizeResult {
  issues = [];
  if (!isRecord(input)) {
    return { issues: [issue('$', 'expected an article object')] };
  }
  const headline = readText(field(input, 'headline'), 'headline');
  // Without a headline there is no article, but the rest is read all the same: every problem is
  // reported at once, as a validator should.
  if (headline === undefined) issues.push(issue('headline', 'required: a non-empty string'));
  const lower = (text: string) => text.toLowerCase();
  const body = readBody(input);
  const words = wordCount(input, body);
  const article: NormalizedArticle = {
    ...readFields<Partial<NormalizedArticle>>(input, '', ARTICLE),
    headline: headline ?? '',
    alternativeHeadlines: readList(
      field(input, 'alternativeHeadline'),
      'alternativeHeadline',
      LIMITS.alternativeHeadlines,
      readText,
      lower,
    ),
    ...body,
    authors: readList(field(input, 'author'), 'author', LIMITS.authors, readNamed),
    tags: readTags(input),
    keyPoints: readList(field(input, 'keyPoints'), 'keyPoints', LIMITS.keyPoints, readText),
    related: readList(field(input, 'related'), 'related', LIMITS.related, readRelated),
    wordCount: words,
    readingMinutes: words && Math.ceil(words / 230),
  };
  return headline === undefined ? { issues } : { article, issues };
}

const cache = new WeakMap<object, NormalizeResult>();

/** Loads the schema.org JSON-LD reader (see `loadFormat` for any format). */
export const loadJsonLd = (): Promise<void> => loadFormat({ '@type': 'Article' });

/**
 * Turns any value into a clean article plus the issues found on the way; never throws. Results are
 * cached per input object, so the elements that share one article normalize it once. Replace the
 * object (do not mutate it) to show a change, as Lit's property change detection expects anyway.
 * Returns undefined for an input in another format (schema.org JSON-LD…) until `loadFormat(input)`
 * has loaded its reader.
 */
export function normalizeArticle(input: unknown): NormalizeResult | undefined {
  const cached = typeof input === 'object' && input !== null ? cache.get(input) : undefined;
  if (cached) return cached;
  let result: NormalizeResult;
  try {
    const format = formatOf(input);
    const reader = format && readerOf(format);
    if (format && !reader) return undefined;
    result = reader ? reader(input, readArticle) : readArticle(input);
  } catch {
    // A hostile object (a throwing getter or proxy) is refused as a whole rather than half-read.
    result = { issues: [issue('$', 'the article could not be read')] };
  }
  if (typeof input === 'object' && input !== null) cache.set(input, result);
  return result;
}
