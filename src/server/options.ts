import type { ArticleIssue } from '../types.js';
import { issue } from '../pipeline/normalize.js';
import { field, isRecord } from '../pipeline/object.js';
import { validTimeZone } from '../pipeline/format.js';
import { pickLabels, type Labels } from '../translations/index.js';
import { ELEMENTS, type ElementName } from './elements.js';

/** How `renderToString` renders; every option may be left out. */
export interface RenderOptions {
  /**
   * The element to render: `news-article` (the default), `news-card`, `news-tags`, `news-key-points`,
   * `news-related`, or `news-feed` (the input is then a feed: see `renderToString`).
   */
  element?: ElementName;
  /** The reader's language (BCP 47) for labels and dates; default: the article's `inLanguage`, else English. */
  lang?: string;
  /** The IANA time zone date-times are shown in, with its name (default `UTC`); the browser keeps it. */
  timeZone?: string;
  /** The level (1–6) of the element's top heading. */
  headingLevel?: number;
  /** Where links open: `_self` (default) or `_blank`. */
  linkTarget?: string;
  /** URL template for tags without a url, such as `/topics/{slug}`. */
  tagHref?: string;
  /** The body is user-generated: its links get `rel="nofollow ugc"` (`news-article`). */
  ugc?: boolean;
  /** Overrides for any of the texts the element writes itself. */
  labels?: Partial<Labels>;
  /** A fixed palette: `light` or `dark`. */
  theme?: 'light' | 'dark';
  /** Write the article's schema.org JSON-LD inside `<news-article>` (default true). */
  jsonLd?: boolean;
  /** The page's absolute URL (or the site's), against which relative URLs in the JSON-LD are resolved. */
  baseUrl?: string;
  /** `news-feed`: how many cards show at first, and how many more each More adds (default: all). */
  limit?: number;
  /** `news-feed`: `grid` (default) or `list`. */
  layout?: 'grid' | 'list';
}

/** The options once checked: what is unusable is dropped with a warning. */
export interface ResolvedOptions {
  element: ElementName;
  lang?: string;
  timeZone: string;
  headingLevel?: number;
  linkTarget?: string;
  tagHref?: string;
  ugc: boolean;
  labels?: Partial<Labels>;
  theme?: 'light' | 'dark';
  jsonLd: boolean;
  baseUrl?: string;
  limit?: number;
  layout?: 'grid' | 'list';
}

const KNOWN = [
  ...['element', 'lang', 'timeZone', 'headingLevel', 'linkTarget', 'tagHref', 'ugc', 'labels', 'theme', 'jsonLd'],
  ...['baseUrl', 'limit', 'layout'],
];

const isAbsoluteUrl = (value: string) => {
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
};

const isLanguageTag = (value: string) => {
  try {
    return Intl.getCanonicalLocales(value).length === 1;
  } catch {
    return false;
  }
};

/** Checks the options; an unknown element is an error, anything else unusable a warning. Never throws. */
export function readOptions(options: unknown, issues: ArticleIssue[]): ResolvedOptions | undefined {
  const warn = (name: string, message: string) => issues.push(issue(`options.${name}`, message, 'warning'));
  const get = (name: string) => field(options, name);
  const text = (name: string, valid: (value: string) => boolean, expected: string) => {
    const value = get(name);
    if (value === undefined) return undefined;
    if (typeof value === 'string' && valid(value)) return value;
    warn(name, `expected ${expected}; ignored`);
    return undefined;
  };
  const flag = (name: string, fallback: boolean) => {
    const value = get(name);
    if (value === undefined || typeof value === 'boolean') return value ?? fallback;
    warn(name, 'expected true or false; ignored');
    return fallback;
  };

  if (options !== undefined && !isRecord(options))
    issues.push(issue('options', 'expected an object; ignored', 'warning'));
  for (const name of isRecord(options) ? Object.keys(options) : []) {
    if (!KNOWN.includes(name)) warn(name, 'not an option; ignored');
  }
  const element = get('element') ?? 'news-article';
  if (!ELEMENTS.includes(element as ElementName)) {
    issues.push(issue('options.element', `expected one of ${ELEMENTS.join(', ')}`));
    return undefined;
  }
  const level = get('headingLevel');
  const headingLevel = Number.isInteger(level) && (level as number) >= 1 && (level as number) <= 6 ? level : undefined;
  if (level !== undefined && headingLevel === undefined)
    warn('headingLevel', 'expected a whole number from 1 to 6; ignored');
  const feed = element === 'news-feed';
  for (const name of ['limit', 'layout']) {
    if (get(name) !== undefined && !feed) warn(name, 'only for news-feed; ignored');
  }
  const limit = get('limit');
  const validLimit = Number.isInteger(limit) && (limit as number) >= 1 ? (limit as number) : undefined;
  if (feed && limit !== undefined && validLimit === undefined) warn('limit', 'expected a whole number from 1; ignored');
  const labels = get('labels');
  const picked = labels === undefined ? undefined : pickLabels(labels);
  for (const name of isRecord(labels) ? Object.keys(labels) : []) {
    if (!(name in picked!)) warn(`labels.${name}`, 'not a label, or not a string; ignored');
  }
  if (labels !== undefined && !isRecord(labels)) warn('labels', 'expected an object of texts; ignored');
  return {
    element: element as ElementName,
    lang: text('lang', isLanguageTag, 'a BCP 47 language tag'),
    timeZone: text('timeZone', (zone) => !!validTimeZone(zone), 'an IANA time zone such as Europe/Berlin') ?? 'UTC',
    headingLevel: headingLevel as number | undefined,
    linkTarget: text('linkTarget', (target) => /^[\w-]+$/.test(target), 'a browsing context name such as _blank'),
    tagHref: text('tagHref', (template) => template !== '', 'a URL template such as /topics/{slug}'),
    ugc: flag('ugc', false),
    labels: picked && Object.keys(picked).length ? picked : undefined,
    theme: text(
      'theme',
      (theme) => theme === 'light' || theme === 'dark',
      '"light" or "dark"',
    ) as ResolvedOptions['theme'],
    jsonLd: flag('jsonLd', true),
    baseUrl: text('baseUrl', isAbsoluteUrl, 'an absolute http(s) URL'),
    limit: feed ? validLimit : undefined,
    layout: feed
      ? (text(
          'layout',
          (layout) => layout === 'grid' || layout === 'list',
          '"grid" or "list"',
        ) as ResolvedOptions['layout'])
      : undefined,
  };
}
