import type { ArticleIssue, NormalizedArticle } from './types.js';

export interface NewsLoadDetail {
  /** The article as rendered, after normalization. */
  article: NormalizedArticle;
  /** Warnings: fields that were dropped or cut, each at its JSON path. */
  issues: readonly ArticleIssue[];
}

export interface NewsErrorDetail {
  /** Why nothing could be rendered; at least one issue has `severity: 'error'`. */
  issues: readonly ArticleIssue[];
}

export interface NewsLinkClickDetail {
  /** The link's resolved URL. */
  url: string;
  /** Which link: `headline`, `author`, `publisher`, `tag`, `related` or `body`. */
  kind: string;
  article: NormalizedArticle;
}

export interface NewsImpressionDetail {
  article: NormalizedArticle;
}

export type NewsLoadEvent = CustomEvent<NewsLoadDetail>;
export type NewsErrorEvent = CustomEvent<NewsErrorDetail>;
export type NewsLinkClickEvent = CustomEvent<NewsLinkClickDetail>;
export type NewsImpressionEvent = CustomEvent<NewsImpressionDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'news-load': NewsLoadEvent;
    'news-error': NewsErrorEvent;
    'news-link-click': NewsLinkClickEvent;
    'news-impression': NewsImpressionEvent;
  }
}
