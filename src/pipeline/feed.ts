// A list of articles for <news-feed>: an array, `{items, next}`, or a schema.org ItemList. Each item
// is read like any article (in any format the elements read); an invalid one is left out and
// reported at its path in the input, so one bad item does not cost the others. A JSON Feed, or an
// RSS or Atom feed (an XML Document or its text), is mapped onto that by a chunk loaded on first use.
import type { ArticleIssue, NormalizedArticle } from '../types.js';
import type { MappedFeed } from './feed-formats.js';
import { loadFormat } from './formats.js';
import { issue, normalizeArticle } from './normalize.js';
import { field, isRecord } from './object.js';
import { isSafeUrl } from './url.js';

/** Items read from one page of a feed. */
export const FEED_PAGE_LIMIT = 100;

export interface FeedItem {
  /**
   * The item as given (a JSON Feed, RSS or Atom item: mapped onto format v1), which the feed's card
   * reads again (its normalized article is cached).
   */
  input: unknown;
  article: NormalizedArticle;
}

export interface NormalizedFeed {
  items: FeedItem[];
  /** The next page's URL, as given (resolved against the feed's `src` by the element). */
  next?: string;
}

const isItemList = (node: unknown) => [field(node, '@type')].flat().includes('ItemList');

/** The items and where they are, with the next page's URL: from any of the three shapes. */
function locate(input: unknown): [list: unknown, path: string, next?: unknown] {
  if (Array.isArray(input)) return [input, ''];
  if (field(input, 'items') !== undefined) return [field(input, 'items'), 'items', field(input, 'next')];
  const graph = field(input, '@graph');
  const nodes: unknown[] = Array.isArray(graph) ? graph : [];
  const index = nodes.findIndex(isItemList);
  const [list, path] = index < 0 ? [input, ''] : [nodes[index], `@graph[${index}].`];
  return isItemList(list) ? [field(list, 'itemListElement'), `${path}itemListElement`] : [undefined, '$'];
}

/** A ListItem's `item`, or the element itself (an Article node). */
const itemOf = (element: unknown) => (isRecord(field(element, 'item')) ? field(element, 'item') : element);

/** The feed's items as given, up to the page limit (undefined when the input is no list). */
const itemsOf = (input: unknown) => {
  const [list] = locate(input);
  return Array.isArray(list) ? list.slice(0, FEED_PAGE_LIMIT).map(itemOf) : undefined;
};

/** A JSON Feed (1.0, 1.1), an XML Document (RSS, Atom) or XML text: read by the feed formats' chunk. */
const isFeedFormat = (input: unknown) =>
  String(field(input, 'version')).startsWith('https://jsonfeed.org/version/') ||
  (typeof input === 'string' ? /^\s*</.test(input) : isRecord(input) && 'documentElement' in input);

let feedFormats: typeof import('./feed-formats.js') | undefined;

/** Loads the readers the feed needs: the feed formats' chunk, or its items' (JSON-LD for an ItemList, say). */
export async function loadFeedFormats(input: unknown): Promise<void> {
  let items: unknown[] = [];
  let other = false;
  try {
    other = isFeedFormat(input);
    if (!other) items = itemsOf(input) ?? [];
  } catch {
    // normalizeFeed reports it
  }
  if (other) feedFormats ??= await import('./feed-formats.js');
  await Promise.all(items.map(loadFormat));
}

type FeedResult = { article?: NormalizedFeed; issues: readonly ArticleIssue[] };

/**
 * Reads a feed; undefined while an item's format reader has still to load (see loadFeedFormats).
 * Never throws: a hostile list (a throwing getter or proxy) is refused as a whole.
 */
export function normalizeFeed(input: unknown): FeedResult | undefined {
  try {
    return readFeed(input);
  } catch {
    return { issues: [issue('$', 'the feed could not be read')] };
  }
}

/** A mapped item read as v1 (its normalized article cached, for its card). */
const readV1 = (article: unknown) => normalizeArticle(article)!;

function readFeed(input: unknown): FeedResult | undefined {
  const other = isFeedFormat(input);
  if (other && !feedFormats) return undefined;
  // Another format's items come mapped onto v1, each with the paths of its issues in the input.
  const mapped: MappedFeed | undefined = other ? feedFormats!.mapFeed(input, FEED_PAGE_LIMIT) : undefined;
  const [list, path, nextUrl] = mapped ? [mapped.items, mapped.path, mapped.next] : locate(input);
  if (!Array.isArray(list)) {
    const expected = 'expected a list of articles: an array, {items, next} or an ItemList';
    return { issues: mapped?.issues ?? [issue(path || '$', expected)] };
  }
  const issues: ArticleIssue[] = [];
  const items: FeedItem[] = [];
  const given = mapped ? list : itemsOf(input)!;
  for (let i = 0; i < given.length; i++) {
    const item = mapped?.items![i];
    const result = item ? item.read(readV1) : normalizeArticle(given[i]);
    if (!result) return undefined;
    const at = `${path}[${i}]`;
    for (const found of result.issues) {
      const where = item ? found.path : `${at}${found.path === '$' ? '' : `.${found.path}`}`;
      issues.push(issue(where, found.message, 'warning'));
    }
    if (result.article) items.push({ input: item ? item.article : given[i], article: result.article });
  }
  if ((mapped?.count ?? list.length) > FEED_PAGE_LIMIT) {
    issues.push(issue(path || '$', `more than ${FEED_PAGE_LIMIT} items; the rest ignored`, 'warning'));
  }
  const next = typeof nextUrl === 'string' && isSafeUrl(nextUrl) ? nextUrl : undefined;
  if (nextUrl !== undefined && !next) {
    issues.push(issue(mapped?.nextPath ?? 'next', 'not an http(s) or relative URL; ignored', 'warning'));
  }
  return { article: { items, next }, issues };
}
