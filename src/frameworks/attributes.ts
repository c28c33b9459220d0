// What framework templates may write on each element: attribute names (kebab-case, as a server
// renders them) with the values each accepts, and the events with their types. The React, Preact,
// Vue and Svelte typings are made from these, so the elements' template API is written once.
import type { NewsArticle, NewsCard, NewsFeed, NewsKeyPoints, NewsRelated, NewsTags } from '../index.js';
import type {
  NewsErrorEvent,
  NewsFeedLoadEvent,
  NewsImpressionEvent,
  NewsLinkClickEvent,
  NewsLoadEvent,
} from '../events.js';
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

/** Headline testing, for the elements that show a headline (an article, a card, a feed's cards). */
export interface HeadlineTestingAttributes {
  /** A wording's index (0 the headline, 1… the alternatives) or `auto`. */
  'headline-variant'?: number | `${number}` | 'auto';
  'variant-seed'?: string;
}

export interface NewsCardAttributes extends NewsElementAttributes, HeadlineTestingAttributes {}

export interface NewsArticleAttributes extends NewsCardAttributes {
  ugc?: boolean;
  'no-json-ld'?: boolean;
}

export interface NewsFeedAttributes extends Omit<NewsCardAttributes, 'article'> {
  /** An array of articles, `{items, next}` or a schema.org ItemList, or its JSON text. */
  articles?: ArticleInput[] | { items: ArticleInput[]; next?: string } | JsonLdInput | string;
  limit?: number;
  layout?: 'grid' | 'list';
}

/** Each element's attributes, by tag name. */
export interface NewsElementsAttributes {
  'news-article': NewsArticleAttributes;
  'news-card': NewsCardAttributes;
  'news-tags': NewsElementAttributes;
  'news-key-points': NewsElementAttributes;
  'news-related': NewsElementAttributes;
  'news-feed': NewsFeedAttributes;
}

/** Each element's class, by tag name. */
export interface NewsElementClasses {
  'news-article': NewsArticle;
  'news-card': NewsCard;
  'news-tags': NewsTags;
  'news-key-points': NewsKeyPoints;
  'news-related': NewsRelated;
  'news-feed': NewsFeed;
}

/** The events every element fires, by name. */
export interface NewsElementEvents {
  'news-load': NewsLoadEvent;
  'news-error': NewsErrorEvent;
  'news-link-click': NewsLinkClickEvent;
  'news-impression': NewsImpressionEvent;
}

/** The events of each element: the feed's news-load carries `{articles, issues}`. */
export type EventsOf<Tag extends keyof NewsElementClasses> = Tag extends 'news-feed'
  ? Omit<NewsElementEvents, 'news-load'> & { 'news-load': NewsFeedLoadEvent }
  : NewsElementEvents;

/** Handlers named `on` + the event's name (`onnews-load`): React 19, Preact and Svelte 5 listen so. */
export type OnEventHandlers<Tag extends keyof NewsElementClasses = 'news-article'> = {
  [K in keyof EventsOf<Tag> & string as `on${K}`]?: (event: EventsOf<Tag>[K]) => void;
};

type Camel<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Head}${Capitalize<Camel<Tail>>}` : S;

/** Attributes as Vue's templates name props: `heading-level` is the prop `headingLevel`. */
export type CamelCased<Attributes> = { [K in keyof Attributes as Camel<K & string>]: Attributes[K] };

/** Handlers as Vue names the listeners of `@news-load` (`onNewsLoad`). */
export type VueEventHandlers<Tag extends keyof NewsElementClasses = 'news-article'> = {
  [K in keyof EventsOf<Tag> & string as `on${Capitalize<Camel<K>>}`]?: (event: EventsOf<Tag>[K]) => void;
};

/**
 * A framework's props for each tag: its own attributes for the element (`Base`) with ours in place
 * of any of the same name, and the `on…` handlers. One entry per element, so a new element needs
 * only the tables above.
 */
export type TemplateElements<Base extends { [Tag in keyof NewsElementClasses]: object }> = {
  [Tag in keyof NewsElementClasses]: Omit<Base[Tag], keyof NewsElementsAttributes[Tag]> &
    NewsElementsAttributes[Tag] &
    OnEventHandlers<Tag>;
};
