// IPTC ninjs text items: 1.x (one `headline`, `body_html` / `body_text`, `description_*`,
// `byline`, `subject`, associations by name), 2.x (lists of `headlines`, `bodies` and
// `descriptions` with a role and a content type, `by`, `subjects`, a list of associations) and 3.x
// (the same, camelCase: `contentType`, `versionCreated`). The richest body wins: HTML (to `bodyHtml`,
// so through the sanitizer), else plain text.
import type { NormalizeResult } from '../types.js';
import { MAX_ITEMS, Mapping, join, plainText } from './format-helpers.js';
import { issue } from './normalize.js';
import { field, isRecord } from './object.js';

/** A headline, body or description of the input: its value, where it is, and how it is written. */
interface Text {
  value: unknown;
  path: string;
  role: unknown;
  /** undefined: a content type not read here (NITF, other XML). */
  kind: 'html' | 'plain' | undefined;
  /** The object holding it, and where that is: a list item in 2.x and 3.x, the item itself in 1.x. */
  holder: unknown;
  at: string;
}

const HTML = /^(?:text\/html|application\/xhtml\+xml)\b/i;
const PLAIN = /^text\/plain\b/i;
// A description that is the picture's alternative text rather than its caption.
const ALT = /^alt(?:[\W_]?text)?$/i;
// Pubstatus values that say the item must not be published.
const WITHDRAWN = new Set(['withheld', 'canceled']);
// Renditions wider than this are the agency's high-resolution originals, not for a page.
const MAX_WIDTH = 2048;

/** The first of `keys` (spellings of one field across versions) the object has, and its path. */
function pick(item: unknown, base: string, ...keys: string[]): [unknown, string] {
  for (const key of keys) {
    const value = field(item, key);
    if (value !== undefined) return [value, join(base, key)];
  }
  return [undefined, join(base, keys[0])];
}

// No content type is plain text, as the ninjs user guide has it for a simple headline or body.
const kindOf = (type: unknown): Text['kind'] =>
  type === undefined
    ? 'plain'
    : typeof type !== 'string'
      ? undefined
      : HTML.test(type)
        ? 'html'
        : PLAIN.test(type)
          ? 'plain'
          : undefined;

/**
 * The headlines, bodies or descriptions: 2.x and 3.x list them under `headlines`, `bodies` and
 * `descriptions`; 1.x has `headline`, then fields named `<name>_<format>` such as `body_html`,
 * `description_text` or `headline_short` (a body in a format other than HTML or text is not read).
 */
function texts(m: Mapping, item: unknown, base: string, name: string, plural: string): Text[] {
  const [list, at] = pick(item, base, plural);
  if (list !== undefined) {
    return m.list(list, at, `${name} objects`).flatMap((entry, i): Text[] => {
      const path = `${at}[${i}]`;
      if (!isRecord(entry)) return (m.warn(path, `expected a ${name} object; ignored`), []);
      const kind = kindOf(field(entry, 'contenttype') ?? field(entry, 'contentType'));
      const role = field(entry, 'role');
      return [{ value: field(entry, 'value'), path: `${path}.value`, role, kind, holder: entry, at: path }];
    });
  }
  const keys = isRecord(item) ? Object.keys(item).filter((key) => key.startsWith(`${name}_`)) : [];
  const found = keys.slice(0, MAX_ITEMS).map((key): Text => {
    const kind = /html$/.test(key) ? 'html' : name !== 'body' || /_text$/.test(key) ? 'plain' : undefined;
    const role = key.slice(name.length + 1);
    return { value: field(item, key), path: join(base, key), role, kind, holder: item, at: base };
  });
  const main = field(item, name);
  if (main === undefined) return found;
  return [{ value: main, path: join(base, name), role: 'main', kind: 'plain', holder: item, at: base }, ...found];
}

/** Text to show: plain text as it is, HTML as its text; anything else passed on for the v1 reader to report. */
const textOf = (text: Text | undefined) =>
  text && (text.kind === 'html' && typeof text.value === 'string' ? plainText(text.value) : text.value);

/** The text of `list` to use, of the first kind in `kinds` that has one. */
const best = (list: Text[], ...kinds: Text['kind'][]) =>
  kinds.map((kind) => list.find((text) => text.kind === kind)).find(Boolean);

const isAlt = (text: Text) => typeof text.role === 'string' && ALT.test(text.role);

const main = (headlines: Text[]) => headlines.find((text) => text.role === 'main') ?? headlines[0];

/** The main headline (role `main`, else the first), and the others as alternatives. */
function headlines(m: Mapping, item: unknown) {
  const listed = field(item, 'headlines') !== undefined;
  const list = texts(m, item, '', 'headline', 'headlines').filter(
    (text) => text.kind || m.warn(text.path, 'a headline in a format not read here; ignored'),
  );
  const headline = main(list);
  m.set('headline', textOf(headline), headline?.path ?? (listed ? 'headlines' : 'headline'));
  const others = list.filter((text) => text !== headline);
  m.from('alternativeHeadline', listed ? 'headlines' : (others[0]?.path ?? 'headline'));
  others.forEach((text, i) => m.from(`alternativeHeadline[${i}]`, text.path));
  if (others.length) m.article.alternativeHeadline = others.map(textOf);
}

/** The body: the first HTML one (sanitized when shown), else the first plain one; with its word count. */
function body(m: Mapping, item: unknown) {
  const bodies = texts(m, item, '', 'body', 'bodies');
  const chosen = best(bodies, 'html', 'plain');
  if (!chosen) {
    for (const text of bodies)
      m.warn(text.path, 'a body in a format not read here (only HTML and plain text); ignored');
    return;
  }
  const { value, path, kind } = chosen;
  // Plain text with one paragraph a line, as agencies send it: paragraphs are blank-line separated in v1.
  const plain = typeof value === 'string' && !/\n\s*\n/.test(value) ? value.replace(/\r?\n/g, '\n\n') : value;
  m.set(kind === 'html' ? 'bodyHtml' : 'articleBody', kind === 'html' ? value : plain, path);
  const [words, wordsAt] = pick(chosen.holder, chosen.at, 'wordcount', 'wordCount');
  m.set('wordCount', words, wordsAt);
}

/** A description that is not alternative text, plain text first. */
const caption = (list: Text[]) =>
  best(
    list.filter((text) => !isAlt(text)),
    'plain',
    'html',
  );

/** The rendition to show: the widest no wider than MAX_WIDTH, else the first, of those with an href. */
function rendition(m: Mapping, renditions: unknown, at: string): [unknown, string] | undefined {
  const list: [unknown, string][] = Array.isArray(renditions)
    ? m.list(renditions, at, 'renditions').map((r, i) => [r, `${at}[${i}]`])
    : isRecord(renditions)
      ? Object.keys(renditions)
          .slice(0, MAX_ITEMS)
          .map((key) => [field(renditions, key), join(at, key)])
      : [];
  const usable = list.filter(([r]) => {
    const type = field(r, 'contenttype') ?? field(r, 'contentType') ?? field(r, 'mimetype');
    return typeof field(r, 'href') === 'string' && (typeof type !== 'string' || type.startsWith('image/'));
  });
  const width = ([r]: [unknown, string]) => field(r, 'width');
  const sized = usable.filter((r) => typeof width(r) === 'number' && (width(r) as number) <= MAX_WIDTH);
  return sized.sort((a, b) => (width(b) as number) - (width(a) as number))[0] ?? usable[0];
}

/** The first picture among the associations: its best rendition, alt text, caption and credit. */
function picture(m: Mapping, item: unknown) {
  const [associations, at] = pick(item, '', 'associations');
  const list: [unknown, string][] = Array.isArray(associations)
    ? m.list(associations, at, 'associations').map((a, i) => [a, `${at}[${i}]`])
    : isRecord(associations)
      ? Object.keys(associations)
          .slice(0, MAX_ITEMS)
          .map((key) => [field(associations, key), join(at, key)])
      : (associations !== undefined && m.warn(at, 'expected associations; ignored'), []);
  const found = list.find(([association]) => field(association, 'type') === 'picture');
  if (!found) return;
  const [pic, path] = found;
  const [renditions, renditionsAt] = pick(pic, path, 'renditions');
  const chosen = rendition(m, renditions, renditionsAt);
  if (!chosen) return m.warn(renditionsAt, 'no image rendition with an href; no image');
  const [image, imageAt] = chosen;
  const descriptions = texts(m, pic, path, 'description', 'descriptions');
  const alt = descriptions.find(isAlt) ?? main(texts(m, pic, path, 'headline', 'headlines'));
  const described = caption(descriptions);
  const [by, byAt] = pick(pic, path, 'byline', 'by');
  const [credit, creditAt] = by === undefined ? pick(pic, path, 'copyrightholder', 'copyrightHolder') : [by, byAt];
  m.from('image', path);
  m.from('image.url', `${imageAt}.href`);
  m.from('image.width', `${imageAt}.width`);
  m.from('image.height', `${imageAt}.height`);
  m.from('image.alt', alt?.path ?? join(path, 'headline'));
  m.from('image.caption', described?.path ?? join(path, 'description_text'));
  m.from('image.credit', creditAt);
  m.article.image = {
    url: field(image, 'href'),
    alt: textOf(alt),
    caption: textOf(described),
    credit,
    width: field(image, 'width'),
    height: field(image, 'height'),
  };
}

/** Maps one text item onto the article format. */
function fromItem(m: Mapping, item: Record<string, unknown>) {
  headlines(m, item);
  body(m, item);
  const description = caption(texts(m, item, '', 'description', 'descriptions'));
  m.set('description', textOf(description), description?.path ?? 'descriptions');
  const [byline, bylineAt] = pick(item, '', 'byline', 'by');
  m.set('author', typeof byline === 'string' ? byline.replace(/^\s*by\s+/i, '') : byline, bylineAt);
  const [first, firstAt] = pick(item, '', 'firstcreated', 'firstCreated');
  const [version, versionAt] = pick(item, '', 'versioncreated', 'versionCreated');
  m.set('datePublished', first ?? version, first === undefined ? versionAt : firstAt);
  m.set('dateModified', first === undefined || version === first ? undefined : version, versionAt);
  m.set('inLanguage', field(item, 'language'), 'language');
  m.set('dateline', field(item, 'located'), 'located');
  const [holder, holderAt] = pick(item, '', 'copyrightholder', 'copyrightHolder');
  m.set('publisher', holder, holderAt);
  const [subjects, subjectsAt] = pick(item, '', 'subjects', 'subject');
  m.from('tags', subjectsAt);
  m.article.tags = m.list(subjects, subjectsAt, 'subjects').map((subject, i) => {
    if (isRecord(subject)) return { name: field(subject, 'name') };
    m.warn(`${subjectsAt}[${i}]`, 'expected a subject object; ignored');
    return undefined;
  });
  picture(m, item);
  const [status, statusAt] = pick(item, '', 'pubstatus', 'pubStatus');
  if (typeof status === 'string' && WITHDRAWN.has(status)) {
    m.warn(statusAt, `${status} by its provider: not to be published`, 'error');
  }
}

/** ninjs: the item mapped onto the format and read; paths name places in the input. */
export function read(input: unknown, readArticle: (article: unknown) => NormalizeResult): NormalizeResult {
  if (!isRecord(input)) return { issues: [issue('$', 'expected a ninjs item object')] };
  const m = new Mapping();
  fromItem(m, input);
  return m.read(readArticle);
}
