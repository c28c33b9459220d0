// Headline testing: which wording of the headline a reader sees. No cookie, no request: a random
// reader id in localStorage (or the publisher's own seed) picks one wording per article, the same
// on every visit, each wording equally often over many readers.
import type { NormalizedArticle } from '../types.js';

/** The wording shown: 0 is `headline`, 1… the distinct alternative headlines in order. */
export interface HeadlineVariant {
  index: number;
  headline: string;
}

/** The localStorage key of the reader's random id. */
export const READER_KEY = 'news-article-elements:reader';

let readerId: string | undefined;
// Only for splitting readers into groups, so Math.random will do (crypto.randomUUID needs https).
const randomId = () => Math.random().toString(36).slice(2);
function reader(): string {
  try {
    readerId ??= localStorage.getItem(READER_KEY) ?? undefined;
    if (!readerId) localStorage.setItem(READER_KEY, (readerId = randomId()));
  } catch {
    readerId ??= randomId(); // storage blocked: one wording for this page view
  }
  return readerId;
}

/**
 * The wording for `setting` (`headline-variant`: an index, or `auto`). `auto` hashes the reader (or
 * `seed`) with the article, so each article is tested on its own: FNV-1a, then murmur3's finalizer
 * (FNV alone falls unevenly on five wordings for ids that differ little). An index out of range
 * shows the headline.
 */
export function chooseVariant(article: NormalizedArticle, setting: string, seed?: string): HeadlineVariant | undefined {
  const { headline } = article;
  if (!headline) return undefined; // a <news-feed>: its cards choose
  const same = headline.toLowerCase();
  const wordings = [headline, ...article.alternativeHeadlines.filter((wording) => wording.toLowerCase() !== same)];
  let index = +setting;
  if (setting === 'auto') {
    let h = 0x811c9dc5;
    for (const char of `${seed || reader()} ${article.url ?? headline}`)
      h = Math.imul(h ^ char.charCodeAt(0), 0x1000193);
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
    index = ((h ^ (h >>> 16)) >>> 0) % wordings.length;
  }
  return wordings[index] ? { index, headline: wordings[index] } : { index: 0, headline };
}
