// JSON Feed (1.0, 1.1), RSS 2.0 and Atom 1.0 as a <news-feed>'s input: each item mapped onto format
// v1 (a card's fields: title, link, summary, dates, authors, tags, image, language), noting where each
// field came from, so the v1 reader's issues name places in the input. A chunk of its own in the CDN
// build, loaded the first time a feed in one of these formats is seen. Nothing becomes HTML: HTML
// summaries are read as text, and the content (a body) is not read, since the feed shows cards only.
import type { ArticleIssue } from '../types.js';
import { Mapping, plainText, textOf } from './format-helpers.js';
import { issue } from './normalize.js';
import { field, isRecord } from './object.js';
import { rfc822Date } from './rfc822-date.js';

/** An item mapped onto format v1: `read` reads it with the v1 reader, its issues at their input paths. */
export type MappedItem = Pick<Mapping, 'article' | 'read'>;

/** A feed in one of these formats, its items mapped (`items` undefined when it has none: see `issues`). */
export interface MappedFeed {
  items?: MappedItem[];
  /** Where the items are in the input (`items`, `channel.item`, `entry`) and how many it has. */
  path: string;
  count: number;
  /** The next page's URL, and its path. */
  next?: unknown;
  nextPath?: string;
  issues: ArticleIssue[];
}

const ATOM = 'http://www.w3.org/2005/Atom';
const XML = 'http://www.w3.org/XML/1998/namespace';
const XHTML = 'http://www.w3.org/1999/xhtml';
const DC = 'http://purl.org/dc/elements/1.1/';
// Media RSS; some feeds leave out the final slash.
const MRSS = /^http:\/\/search\.yahoo\.com\/mrss\/?$/;
const PLACEHOLDER = 'https://base.invalid/';

const failed = (path: string, message: string): MappedFeed => ({ path, count: 0, issues: [issue(path, message)] });

/** An item that is not one: reported at its path, and left out. */
const notAnItem = (at: string): MappedItem => ({ article: {}, read: () => ({ issues: [issue(at, 'not an item')] }) });

/** The first `limit` items of a JSON Feed, an RSS or Atom Document, or its XML text. Never throws. */
export function mapFeed(input: unknown, limit: number): MappedFeed {
  try {
    if (typeof input === 'string') {
      if (typeof DOMParser === 'undefined') return failed('$', 'XML text needs a DOMParser: pass a parsed Document');
      input = new DOMParser().parseFromString(input, 'application/xml');
    }
    return isRecord(input) && 'documentElement' in input ? xmlFeed(input as never, limit) : jsonFeed(input, limit);
  } catch {
    return failed('$', 'the feed could not be read');
  }
}

// JSON Feed: https://www.jsonfeed.org/version/1.1/ (and 1.0, whose `author` is one object).

function jsonFeed(feed: unknown, limit: number): MappedFeed {
  const list = field(feed, 'items');
  if (!Array.isArray(list)) return failed('items', 'expected an array of items');
  const items = list
    .slice(0, limit)
    .map((item, i) => (isRecord(item) ? jsonItem(feed, item, `items[${i}]`) : notAnItem(`items[${i}]`)));
  return { items, path: 'items', count: list.length, next: field(feed, 'next_url'), nextPath: 'next_url', issues: [] };
}

function jsonItem(feed: unknown, item: Record<string, unknown>, at: string): MappedItem {
  const m = new Mapping();
  // A key of the item, or of the feed (`/key`), with its path.
  const get = (key: string): [unknown, string] =>
    key[0] === '/' ? [field(feed, key.slice(1)), key.slice(1)] : [field(item, key), `${at}.${key}`];
  // The first of the keys given a value (else the first), with its path.
  const pick = (...keys: string[]): [unknown, string] => keys.map(get).find(([value]) => value != null) ?? get(keys[0]);
  m.set('headline', ...get('title'));
  m.set('url', ...pick('url', 'external_url'));
  const [summary, summaryAt] = pick('summary', 'content_html', 'content_text');
  m.set('description', summaryAt.endsWith('html') ? textOf(summary) : summary, summaryAt);
  m.set('image', ...pick('image', 'banner_image'));
  m.set('datePublished', ...get('date_published'));
  m.set('dateModified', ...get('date_modified'));
  // An item without authors has the feed's (1.1); 1.0's `author` is one `{name, url}`.
  m.set('author', ...pick('authors', 'author', '/authors', '/author'));
  m.set('tags', ...get('tags'));
  m.set('inLanguage', ...pick('language', '/language'));
  return m;
}

// RSS 2.0 (https://www.rssboard.org/rss-specification) and Atom 1.0 (RFC 4287).

function xmlFeed(doc: Document, limit: number): MappedFeed {
  const root = doc.documentElement;
  if (doc.getElementsByTagName('parsererror').length) return failed('$', 'not valid XML');
  const rss = root.localName === 'rss' && !root.namespaceURI;
  if (!rss && (root.localName !== 'feed' || root.namespaceURI !== ATOM)) {
    return failed('$', `expected an RSS 2.0 or Atom 1.0 feed, not <${root.nodeName}>`);
  }
  const channel = rss ? kids(root, null, 'channel')[0] : root;
  if (!channel) return failed('channel', 'missing: an RSS feed has its items in a channel');
  const all = rss ? kids(channel, null, 'item') : kids(root, ATOM, 'entry');
  // Paths of the feed's own elements (its language, its authors), found once for all its items.
  const paths = new Map<Element, string>();
  const feedPath = (el: Element) => paths.get(el) ?? paths.set(el, pathOf(el, root, '')).get(el)!;
  const language = kids(channel, null, 'language')[0];
  const items = all.slice(0, limit).map((el, i) => {
    const at = `${rss ? 'channel.item' : 'entry'}[${i}]`;
    const where = (node: Element) => (el.contains(node) ? pathOf(node, el, at) : feedPath(node));
    return rss ? rssItem(el, where, language) : atomEntry(el, where, root);
  });
  // RFC 5005 paging: Atom's `link rel="next"`, in RSS as `atom:link`.
  const next = kids(channel, ATOM, 'link').find((link) => link.getAttribute('rel') === 'next');
  return {
    items,
    path: rss ? 'channel.item' : 'entry',
    count: all.length,
    next: next && resolve(next, next.getAttribute('href')),
    nextPath: next && `${pathOf(next, root, '')}@href`,
    issues: [],
  };
}

/** An element's path in the input. */
type Where = (el: Element) => string;

const kids = (el: Element | undefined, ns: string | null, name: string): Element[] =>
  el ? [...el.children].filter((kid) => kid.localName === name && kid.namespaceURI === ns) : [];
const media = (el: Element | null, name: string) =>
  [...(el?.children ?? [])].find((kid) => kid.localName === name && MRSS.test(kid.namespaceURI ?? ''));
/** Text as it is written, whitespace runs as one space. */
const text = (el: Element | undefined) => el?.textContent?.replace(/[ \t\n\r\f]+/g, ' ').trim();

/**
 * `el`'s path from `top` (at `base`), as `channel.item[2].media:group.media:content[1]`: an element
 * with siblings of its name, and every item and entry, has its index among them (from 0).
 */
function pathOf(el: Element, top: Element, base: string): string {
  const parts: string[] = [];
  for (let node = el; node !== top && node.parentElement; node = node.parentElement) {
    const same = [...node.parentElement.children].filter((kid) => kid.tagName === node.tagName);
    const list = same.length > 1 || node.localName === 'item' || node.localName === 'entry';
    parts.unshift(list ? `${node.tagName}[${same.indexOf(node)}]` : node.tagName);
  }
  return [base, ...parts].filter(Boolean).join('.');
}

/** `ref` resolved against the `xml:base` of `el` and its ancestors; as given when there is none. */
function resolve(el: Element, ref: string | null): string | null {
  const bases: string[] = [];
  for (let node: Element | null = el; node; node = node.parentElement) {
    const base = node.getAttributeNS(XML, 'base');
    if (base !== null) bases.unshift(base);
  }
  if (!ref || !bases.length) return ref;
  try {
    // Relative bases alone (an XML text set as the property) give a path from the site's root.
    const url = [...bases, ref].reduce((base, next) => new URL(next.trim(), base).href, PLACEHOLDER);
    return url.startsWith(PLACEHOLDER) ? url.slice(PLACEHOLDER.length - 1) : url;
  } catch {
    return ref;
  }
}

const isImage = (el: Element) => /^image\//i.test(el.getAttribute('type') ?? '');

/**
 * The item's image: the widest Media RSS `media:content` image (in a `media:group` too), else an
 * enclosure of an image type, else a `media:thumbnail`; alt text from Media RSS `media:description`.
 */
function image(m: Mapping, item: Element, where: Where, enclosure?: Element) {
  const all = (name: string) =>
    [...item.getElementsByTagNameNS('*', name)].filter((el) => MRSS.test(el.namespaceURI ?? ''));
  const width = (el: Element) => Number(el.getAttribute('width')) || 0;
  // An image by its `medium`, else by its `type`; with neither, an image (as news feeds send them).
  const medium = (el: Element) => el.getAttribute('medium') ?? (isImage(el) || !el.hasAttribute('type') ? 'image' : '');
  const content = all('content')
    .filter((el) => medium(el) === 'image')
    .sort((a, b) => width(b) - width(a))[0];
  const el = content ?? enclosure ?? all('thumbnail')[0];
  if (!el) return;
  const attribute = el === enclosure && el.localName === 'link' ? 'href' : 'url';
  const at = where(el);
  const alt = media(el, 'description') ?? media(el.parentElement, 'description');
  const size = (key: string) => (m.from(`image.${key}`, `${at}@${key}`), el.getAttribute(key));
  m.set('image', { url: resolve(el, el.getAttribute(attribute)), width: size('width'), height: size('height') }, at);
  m.from('image.url', `${at}@${attribute}`);
  if (alt) {
    (m.article.image as Record<string, unknown>).alt =
      alt.getAttribute('type') === 'html' ? textOf(alt.textContent) : text(alt);
    m.from('image.alt', where(alt));
  }
}

/** A v1 list (`author`, `tags`) from elements, each item's path noted. */
function list(m: Mapping, key: string, els: Element[], where: Where, value: (el: Element) => unknown) {
  m.article[key] = els.map((el, i) => (m.from(`${key}[${i}]`, where(el)), value(el)));
  if (els.length) m.from(key, where(els[0]).replace(/\[\d+\][^.]*$/, ''));
}

function rssItem(item: Element, where: Where, language?: Element): MappedItem {
  const m = new Mapping();
  const own = (name: string, ns: string | null = null) => kids(item, ns, name)[0];
  const put = (key: string, el: Element | undefined, value: unknown) =>
    m.set(key, value, el ? where(el) : `${where(item)}.${key === 'headline' ? 'title' : key}`);
  const title = own('title');
  put('headline', title, title && plainText(title.textContent ?? ''));
  // A guid is the item's permalink unless it says otherwise.
  const guid = own('guid');
  const link = own('link') ?? (guid?.getAttribute('isPermaLink') === 'false' ? undefined : guid);
  if (link) put('url', link, resolve(link, text(link) ?? null));
  const description = own('description');
  if (description) put('description', description, plainText(description.textContent ?? ''));
  const pubDate = own('pubDate');
  const date = pubDate ? rfc822Date(text(pubDate) ?? '') : text(own('date', DC));
  if (pubDate && !date) m.warn(where(pubDate), 'not an RFC 822 date; ignored');
  else put('datePublished', pubDate ?? own('date', DC), date);
  // `author` is an e-mail address, "name@example.com (Name)" as RSS writes it.
  const creators = kids(item, DC, 'creator');
  list(m, 'author', creators.length ? creators : kids(item, null, 'author'), where, (el) =>
    text(el)?.replace(/^\S+@\S+\s*\((.+)\)$/, '$1'),
  );
  list(m, 'tags', kids(item, null, 'category'), where, text);
  image(m, item, where, kids(item, null, 'enclosure').find(isImage));
  const source = own('source');
  if (source) put('publisher', source, text(source));
  if (language) put('inLanguage', language, text(language));
  return m;
}

/** An Atom text construct as text: `text` as written, `html` and `xhtml` with their markup dropped. */
function textConstruct(el: Element): string | undefined {
  const type = el.getAttribute('type') ?? 'text';
  if (el.hasAttribute('src')) return undefined; // content elsewhere
  if (type === 'xhtml') return plainText(kids(el, XHTML, 'div')[0]?.innerHTML ?? '');
  if (type === 'html' || type === 'text/html') return plainText(el.textContent ?? '');
  return type === 'text' || type.startsWith('text/') ? text(el) : undefined;
}

function atomEntry(entry: Element, where: Where, root: Element): MappedItem {
  const m = new Mapping();
  const own = (name: string) => kids(entry, ATOM, name)[0];
  const title = own('title');
  m.set('headline', title && textConstruct(title), title ? where(title) : `${where(entry)}.title`);
  const links = kids(entry, ATOM, 'link');
  const link = links.find((el) => (el.getAttribute('rel') ?? 'alternate') === 'alternate') ?? links[0];
  if (link) m.set('url', resolve(link, link.getAttribute('href')), `${where(link)}@href`);
  const summary = own('summary') ?? own('content');
  if (summary) m.set('description', textConstruct(summary), where(summary));
  // `updated` is required, `published` not: without one, the entry's last update is its date.
  const [published, updated] = [own('published'), own('updated')];
  const first = published ?? updated;
  if (first) m.set('datePublished', text(first), where(first));
  if (published && updated) m.set('dateModified', text(updated), where(updated));
  // An entry without authors has its source's, else the feed's.
  const source = own('source');
  const authors = [entry, source, root].map((el) => kids(el, ATOM, 'author')).find((els) => els.length) ?? [];
  list(m, 'author', authors, where, (el) => {
    const uri = kids(el, ATOM, 'uri')[0];
    if (uri) m.from(`author[${authors.indexOf(el)}].url`, where(uri));
    return { name: text(kids(el, ATOM, 'name')[0]), url: uri && resolve(uri, text(uri) ?? null) };
  });
  const term = (el: Element) => (el.hasAttribute('label') ? 'label' : 'term');
  list(
    m,
    'tags',
    kids(entry, ATOM, 'category'),
    (el) => `${where(el)}@${term(el)}`,
    (el) => el.getAttribute(term(el)),
  );
  const enclosure = links.find((el) => el.getAttribute('rel') === 'enclosure' && isImage(el));
  image(m, entry, where, enclosure);
  const sourceTitle = kids(source, ATOM, 'title')[0];
  if (sourceTitle) m.set('publisher', textConstruct(sourceTitle), where(sourceTitle));
  for (let el: Element | null = entry; el; el = el.parentElement) {
    if (!el.hasAttributeNS(XML, 'lang')) continue;
    m.set('inLanguage', el.getAttributeNS(XML, 'lang'), `${where(el)}@xml:lang`);
    break;
  }
  return m;
}
