// The next page of a <news-feed>, requested when a reader asks for more. Loaded on first use (a
// chunk of its own in the CDN build): a feed nobody pages through never loads it.
import { loadFeedFormats, normalizeFeed, type NormalizedFeed } from '../pipeline/feed.js';
import { InputError } from './input-error.js';
import { fetchArticle } from './sources.js';

/** The page at `url`, read as a feed, or the InputError naming what failed. Never rejects. */
export async function fetchPage(
  url: string,
  credentials: RequestCredentials,
  timeout: number,
): Promise<NormalizedFeed | InputError> {
  const json = await fetchArticle(url, { credentials, timeout, signal: new AbortController().signal });
  if (json instanceof InputError) return json;
  await loadFeedFormats(json);
  const page = normalizeFeed(json);
  return page?.article ?? new InputError([...(page?.issues ?? [])], true);
}
