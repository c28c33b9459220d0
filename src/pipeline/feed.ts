// A list of articles for <news-feed>: an array, `{items, next}`, or a schema.org ItemList. Each item
// is read like any article (in any format the elements read); an invalid one is left out and
// reported at its path in the input, so one bad item does not cost the others.
import type { ArticleIssue, NormalizedArticle } from '../types.js';
import { loadFormat } from './formats.js';
import { issue, normalizeArticle } from './normalize.js';
import { field, isRecord } from './object.js';
import { isSafeUrl } from './url.js';

/** Items read from one page of a feed. */
export const FEED_PAGE_LIMIT = 100;

export interface FeedItem {
  /** The item as given, which the feed's card reads again (its normalized article is cached). */
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

/** Loads the readers the feed's items need (JSON-LD for an ItemList, say). */
export async function loadFeedFormats(input: unknown): Promise<void> {
  let items: unknown[] = [];
  try {
    items = itemsOf(input) ?? [];
  } catch {
    // normalizeFeed reports it
  }
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

function readFeed(input: unknown): FeedResult | undefined {
  const [list, path, nextUrl] = locate(input);
  if (!Array.isArray(list)) {
    return { issues: [issue(path || '$', 'expected a list of articles: an array, {items, next} or an ItemList')] };
  }
  const issues: ArticleIssue[] = [];
  const items: FeedItem[] = [];
  const given = itemsOf(input)!;
  for (let i = 0; i < given.length; i++) {
    const result = normalizeArticle(given[i]);
    if (!result) return undefined;
    const at = `${path}[${i}]`;
    for (const found of result.issues) {
      issues.push(issue(`${at}${found.path === '$' ? '' : `.${found.path}`}`, found.message, 'warning'));
    }
    if (result.article) items.push({ input: given[i], article: result.article });
  }
  if (list.length > FEED_PAGE_LIMIT) {
    issues.push(issue(path || '$', `more than ${FEED_PAGE_LIMIT} items; the rest ignored`, 'warning'));
  }
  const next = typeof nextUrl === 'string' && isSafeUrl(nextUrl) ? nextUrl : undefined;
  if (nextUrl !== undefined && !next) issues.push(issue('next', 'not an http(s) or relative URL; ignored', 'warning'));
  return { article: { items, next }, issues };
}
