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
import { field, isJsonLd, isRecord } from './object.js';
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
} as const;

type Item<T> = (value: unknown, path: string) => T | undefined;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/i;

// Markup in `articleBody`: real sites fill it with HTML as often as with plain text.
const MARKUP = /<\/?[a-z][\w-]*(?:\s[^>]*)?\/?>/i;

// The issues of the article being read; normalization is synchronous, so one list at a time.
let issues: ArticleIssue[] = [];

function warn(path: string, message: string): undefined {
  issues.push({ path, message, severity: 'warning' });
  return undefined;
}

function readText(value: unknown, path: string, max: number = LIMITS.text): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') return warn(path, 'expected a string; ignored');
  let text = value.trim();
  if (text.length > max) {
    warn(path, `longer than ${max} characters; cut`);
    text = text.slice(0, max).trimEnd() + '…';
  }
  return text || undefined;
}

function readUrl(value: unknown, path: string): string | undefined {
  const url = readText(value, path, LIMITS.url);
  if (url === undefined || isSafeUrl(url)) return url;
  warn(path, 'not an http(s) or relative URL; dropped');
  return undefined;
}

function readDate(value: unknown, path: string): ArticleDate | undefined {
  const iso = readText(value, path);
  if (iso === undefined) return undefined;
  const time = ISO_DATE.test(iso) ? Date.parse(iso) : NaN;
  if (Number.isNaN(time)) return warn(path, 'not an ISO 8601 date; ignored');
  return { iso, date: new Date(time), dateOnly: iso.length === 10 };
}

function readSize(value: unknown, path: string): number | undefined {
  if (value === undefined || value === null) return undefined;
  const size = typeof value === 'string' ? Number(value) : value;
  if (typeof size === 'number' && Number.isInteger(size) && size > 0) return size;
  return warn(path, 'expected a positive whole number; ignored');
}

/** A value or an array of values, each read by `item`, cut at `max`; duplicates by `key` dropped. */
function readList<T>(value: unknown, path: string, max: number, item: Item<T>, key?: (item: T) => string): T[] {
  if (value === undefined || value === null) return [];
  const values = Array.isArray(value) ? value : [value];
  const seen = new Set<string>();
  const out: T[] = [];
  for (let i = 0; i < values.length && out.length < max; i++) {
    const read = item(values[i], Array.isArray(value) ? `${path}[${i}]` : path);
    if (read === undefined) continue;
    const id = key?.(read);
    if (id !== undefined && seen.has(id)) continue;
    if (id !== undefined) seen.add(id);
    out.push(read);
  }
  if (values.length > max && out.length === max) warn(path, `more than ${max} items; the rest dropped`);
  return out;
}

/** A string or an object with a name (`{name, url}`), as authors, publishers and tags are given. */
function readNamed(value: unknown, path: string): Person | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') {
    const name = readText(value, path);
    return name === undefined ? undefined : { name };
  }
  if (!isRecord(value)) return warn(path, 'expected a string or an object with a name; ignored');
  const name = readText(field(value, 'name'), `${path}.name`);
  if (name === undefined) return warn(`${path}.name`, 'missing; item ignored');
  const url = readUrl(field(value, 'url'), `${path}.url`);
  return url === undefined ? { name } : { name, url };
}

function readImage(value: unknown, path: string): ArticleImage | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') {
    const url = readUrl(value, path);
    return url === undefined ? undefined : { url };
  }
  if (!isRecord(value)) return warn(path, 'expected a URL or an image object; ignored');
  const url = readUrl(field(value, 'url'), `${path}.url`);
  if (url === undefined) return warn(`${path}.url`, 'missing or unsafe; image ignored');
  const image: ArticleImage = { url };
  for (const key of ['alt', 'caption', 'credit'] as const) {
    const text = readText(field(value, key), `${path}.${key}`);
    if (text !== undefined) image[key] = text;
  }
  for (const key of ['width', 'height'] as const) {
    const size = readSize(field(value, key), `${path}.${key}`);
    if (size !== undefined) image[key] = size;
  }
  return image;
}

function readRelated(value: unknown, path: string): NormalizedRelated | undefined {
  if (!isRecord(value)) return warn(path, 'expected an object with headline and url; ignored');
  const headline = readText(field(value, 'headline'), `${path}.headline`);
  const url = readUrl(field(value, 'url'), `${path}.url`);
  if (headline === undefined || url === undefined) {
    return warn(path, 'needs a headline and a safe url; ignored');
  }
  const item: NormalizedRelated = { headline, url };
  const datePublished = readDate(field(value, 'datePublished'), `${path}.datePublished`);
  const image = readImage(field(value, 'image'), `${path}.image`);
  const description = readText(field(value, 'description'), `${path}.description`, LIMITS.description);
  if (datePublished) item.datePublished = datePublished;
  if (image) item.image = image;
  if (description) item.description = description;
  return item;
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

function readArticle(input: unknown): NormalizeResult {
  issues = [];
  if (!isRecord(input)) {
    return { issues: [{ path: '$', message: 'expected an article object', severity: 'error' }] };
  }
  const headline = readText(field(input, 'headline'), 'headline');
  if (headline === undefined) {
    issues.push({ path: 'headline', message: 'required: a non-empty string', severity: 'error' });
    return { issues };
  }
  const text = (key: keyof NormalizedArticle, max?: number) => readText(field(input, key), key, max);
  const article: NormalizedArticle = {
    headline,
    alternativeHeadlines: readList(
      field(input, 'alternativeHeadline'),
      'alternativeHeadline',
      LIMITS.alternativeHeadlines,
      readText,
      (text) => text.toLowerCase(),
    ),
    section: text('section'),
    description: text('description', LIMITS.description),
    ...readBody(input),
    image: readImage(field(input, 'image'), 'image'),
    authors: readList(field(input, 'author'), 'author', LIMITS.authors, readNamed),
    publisher: readNamed(field(input, 'publisher'), 'publisher'),
    datePublished: readDate(field(input, 'datePublished'), 'datePublished'),
    dateModified: readDate(field(input, 'dateModified'), 'dateModified'),
    dateline: text('dateline'),
    url: readUrl(field(input, 'url'), 'url'),
    inLanguage: text('inLanguage'),
    tags: readTags(input),
    keyPoints: readList(field(input, 'keyPoints'), 'keyPoints', LIMITS.keyPoints, readText),
    related: readList(field(input, 'related'), 'related', LIMITS.related, readRelated),
  };
  return { article, issues };
}

const cache = new WeakMap<object, NormalizeResult>();
let jsonLd: typeof import('./json-ld.js') | undefined;

/** Loads the schema.org JSON-LD reader, which the CDN build keeps in a chunk of its own. */
export async function loadJsonLd(): Promise<void> {
  jsonLd ??= await import('./json-ld.js');
}

/**
 * Turns any value into a clean article plus the issues found on the way; never throws. Results are
 * cached per input object, so the elements that share one article normalize it once. Replace the
 * object (do not mutate it) to show a change, as Lit's property change detection expects anyway.
 * Returns undefined for schema.org JSON-LD until `loadJsonLd()` has resolved.
 */
export function normalizeArticle(input: unknown): NormalizeResult | undefined {
  const cached = typeof input === 'object' && input !== null ? cache.get(input) : undefined;
  if (cached) return cached;
  let result: NormalizeResult;
  try {
    if (!isJsonLd(input)) result = readArticle(input);
    else if (jsonLd) result = readJsonLd(input, jsonLd);
    else return undefined;
  } catch {
    // A hostile object (a throwing getter or proxy) is refused as a whole rather than half-read.
    result = { issues: [{ path: '$', message: 'the article could not be read', severity: 'error' }] };
  }
  if (typeof input === 'object' && input !== null) cache.set(input, result);
  return result;
}

/** schema.org JSON-LD: the Article node, mapped onto the format; paths name the node in the input. */
function readJsonLd(input: unknown, { findArticleNode, fromJsonLd }: typeof import('./json-ld.js')): NormalizeResult {
  const found = findArticleNode(input);
  if (!found) {
    const message = 'no Article node (NewsArticle, BlogPosting…) in the JSON-LD';
    return { issues: [{ path: '$', message, severity: 'error' }] };
  }
  const [node, path] = found;
  const result = readArticle(fromJsonLd(node));
  if (path) for (const issue of result.issues) issue.path = `${path}.${issue.path}`;
  return result;
}
