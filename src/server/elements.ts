import type { Article } from '../types.js';

/** The elements the server renders from one article, each with the fields of the article it shows. */
export const ELEMENT_FIELDS = {
  'news-article': undefined, // the whole article
  'news-card': ['url', 'image', 'section', 'description', 'datePublished', 'publisher', 'inLanguage'],
  'news-tags': ['tags', 'inLanguage'],
  'news-key-points': ['keyPoints', 'inLanguage'],
  'news-related': ['related', 'inLanguage'],
} as const satisfies Record<string, readonly (keyof Article)[] | undefined>;

/** An element of one article. */
export type ArticleElementName = keyof typeof ELEMENT_FIELDS;

/** Every element the server renders: those of one article, and `<news-feed>` (a list of articles). */
export type ElementName = ArticleElementName | 'news-feed';

export const ELEMENTS = [...Object.keys(ELEMENT_FIELDS), 'news-feed'] as ElementName[];
