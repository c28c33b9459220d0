export { NewsArticle } from './components/news-article/news-article.js';
export { NewsCard } from './components/news-card/news-card.js';
export { NewsTags } from './components/news-tags/news-tags.js';
export { NewsKeyPoints } from './components/news-key-points/news-key-points.js';
export { NewsRelated } from './components/news-related/news-related.js';
export { NewsFeed } from './components/news-feed/news-feed.js';
export { normalizeArticle, loadJsonLd, LIMITS } from './pipeline/normalize.js';

export { isSafeUrl } from './pipeline/url.js';
export type { Labels } from './translations/en.js';
export type * from './types.js';
export type * from './events.js';
