// What framework templates may write on each element: attribute names (kebab-case, as a server
// renders them) with the values each accepts, and the events with their types. The React, Preact,
// Vue and Svelte typings are made from these, so the elements' template API is written once.
import type { NewsArticle, NewsCard, NewsKeyPoints, NewsRelated, NewsTags } from '../index.js';
import type { NewsErrorEvent, NewsImpressionEvent, NewsLinkClickEvent, NewsLoadEvent } from '../events.js';
import type { Labels } from '../translations/en.js';
import type { Article } from '../types.js';

/** A schema.org JSON-LD document (an Article node, a `@graph`, or an array of nodes). */
export type JsonLdInput = { '@type': string | string[]; [key: string]: unknown } | { '@graph': unknown[] } | object[];

/** The article as a template passes it: an object, or its JSON text (the form that also server renders). */
export type ArticleInput = Article | JsonLdInput | string;

/** Settings every element takes. */
export interface NewsElementAttributes {
  article?: ArticleInput;
  src?: string;
  'from-page'?: boolean;
  credentials?: 'omit' | 'same-origin' | 'include';
  timeout?: number;
  /** Label overrides, or their JSON text. */
  labels?: Partial<Labels> | string;
  'time-zone'?: string;
  'heading-level'?: 1 | 2 | 3 | 4 | 5 | 6;
  'link-target'?: '_self' | '_blank';
  'tag-href'?: string;
  theme?: 'light' | 'dark';
}

export interface NewsArticleAttributes extends NewsElementAttributes {
  ugc?: boolean;
  'no-json-ld'?: boolean;
}

/** Each element's attributes, by tag name. */
export interface NewsElementsAttributes {
  'news-article': NewsArticleAttributes;
  'news-card': NewsElementAttributes;
  'news-tags': NewsElementAttributes;
  'news-key-points': NewsElementAttributes;
  'news-related': NewsElementAttributes;
}

/** Each element's class, by tag name. */
export interface NewsElementClasses {
  'news-article': NewsArticle;
  'news-card': NewsCard;
  'news-tags': NewsTags;
  'news-key-points': NewsKeyPoints;
  'news-related': NewsRelated;
}

/** The events every element fires, by name. */
export interface NewsElementEvents {
  'news-load': NewsLoadEvent;
  'news-error': NewsErrorEvent;
  'news-link-click': NewsLinkClickEvent;
  'news-impression': NewsImpressionEvent;
}

/** Handlers named `on` + the event's name (`onnews-load`): React 19, Preact and Svelte 5 listen so. */
export type OnEventHandlers = {
  [K in keyof NewsElementEvents as `on${K}`]?: (event: NewsElementEvents[K]) => void;
};

type Camel<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Head}${Capitalize<Camel<Tail>>}` : S;

/** Attributes as Vue's templates name props: `heading-level` is the prop `headingLevel`. */
export type CamelCased<Attributes> = { [K in keyof Attributes as Camel<K & string>]: Attributes[K] };

/** Handlers as Vue names the listeners of `@news-load` (`onNewsLoad`). */
export type VueEventHandlers = {
  [K in keyof NewsElementEvents as `on${Capitalize<Camel<K>>}`]?: (event: NewsElementEvents[K]) => void;
};
