import type { HeadlineVariant } from './internal/variant.js';
import type { ArticleIssue, NormalizedArticle } from './types.js';

export type { HeadlineVariant };

export interface NewsLoadDetail {
  /** The article as rendered, after normalization. */
  article: NormalizedArticle;
  /** Warnings: fields that were dropped or cut, each at its JSON path. */
  issues: readonly ArticleIssue[];
  /** The headline wording shown, with `headline-variant`. */
  variant?: HeadlineVariant;
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
  /** A card's place in its `<news-feed>` (from 0). */
  position?: number;
  /** The headline wording shown, with `headline-variant`. */
  variant?: HeadlineVariant;
}

export interface NewsImpressionDetail {
  article: NormalizedArticle;
  /** A card's place in its `<news-feed>` (from 0). */
  position?: number;
  /** The headline wording shown, with `headline-variant`. */
  variant?: HeadlineVariant;
}

/** `<news-feed>`'s news-load. */
export interface NewsFeedLoadDetail {
  /** The valid articles, in order. */
  articles: NormalizedArticle[];
  /** Warnings, each at its path in the input (`[3].headline`), invalid items among them. */
  issues: readonly ArticleIssue[];
}

export type NewsLoadEvent = CustomEvent<NewsLoadDetail>;
export type NewsErrorEvent = CustomEvent<NewsErrorDetail>;
export type NewsLinkClickEvent = CustomEvent<NewsLinkClickDetail>;
export type NewsImpressionEvent = CustomEvent<NewsImpressionDetail>;
export type NewsFeedLoadEvent = CustomEvent<NewsFeedLoadDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'news-load': NewsLoadEvent;
    'news-error': NewsErrorEvent;
    'news-link-click': NewsLinkClickEvent;
    'news-impression': NewsImpressionEvent;
  }
}
