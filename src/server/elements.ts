import type { Article } from '../types.js';

/** The elements the server renders, each with the fields of the article it shows. */
export const ELEMENT_FIELDS = {
  'news-article': undefined, // the whole article
  'news-card': ['url', 'image', 'section', 'description', 'datePublished', 'publisher', 'inLanguage'],
  'news-tags': ['tags', 'inLanguage'],
  'news-key-points': ['keyPoints', 'inLanguage'],
  'news-related': ['related', 'inLanguage'],
} as const satisfies Record<string, readonly (keyof Article)[] | undefined>;

export type ElementName = keyof typeof ELEMENT_FIELDS;

export const ELEMENTS = Object.keys(ELEMENT_FIELDS) as ElementName[];
