/**
 * The article format, version 1. Field names follow schema.org NewsArticle where one exists.
 * Only `headline` is required; everything else may be absent.
 */
export interface Article {
  headline: string;
  alternativeHeadline?: string | string[];
  /** The kicker, e.g. "World". */
  section?: string;
  /** The standfirst / summary. */
  description?: string;
  /** Plain text, paragraphs separated by blank lines; text holding markup is read as `bodyHtml`. */
  articleBody?: string;
  /** The body as HTML; rendered only after sanitizing with DOMPurify. Wins over `articleBody`. */
  bodyHtml?: string;
  image?: string | ArticleImage;
  author?: PersonInput | PersonInput[];
  publisher?: PersonInput;
  /** ISO 8601 date or date-time. */
  datePublished?: string;
  /** ISO 8601 date or date-time. */
  dateModified?: string;
  /** Where the story was filed from, e.g. "Astana". */
  dateline?: string;
  /** Canonical URL of the article. */
  url?: string;
  /** BCP 47 language tag of the article's text. */
  inLanguage?: string;
  tags?: TagInput[];
  /** schema.org synonym of `tags`: an array or a comma-separated string. */
  keywords?: string | TagInput[];
  keyPoints?: string[];
  /** schema.org: the body's length in words; when given, the reading time comes from it, not from counting the body. */
  wordCount?: number;
  related?: RelatedArticle[];
}

export interface ArticleImage {
  url: string;
  alt?: string;
  caption?: string;
  credit?: string;
  width?: number;
  height?: number;
}

export interface Person {
  name: string;
  url?: string;
}
export type PersonInput = string | Person;

export interface Tag {
  name: string;
  url?: string;
}
export type TagInput = string | Tag;

export interface RelatedArticle {
  headline: string;
  url: string;
  datePublished?: string;
  image?: string | ArticleImage;
  description?: string;
}

/** A problem found in the input, at a JSON path such as `tags[3].url`. */
export interface ArticleIssue {
  path: string;
  message: string;
  /** `error` makes the article invalid; a `warning` drops only the field it names. */
  severity: 'error' | 'warning';
}

/** A date from the input: the original ISO string (for `datetime`) and its parsed value. */
export interface ArticleDate {
  iso: string;
  date: Date;
  /** A date without a time (`2024-06-03`): shown as that calendar day in every time zone. */
  dateOnly: boolean;
}

/** The article after normalization: every field has one shape, every URL is safe. */
export interface NormalizedArticle {
  headline: string;
  alternativeHeadlines: string[];
  section?: string;
  description?: string;
  paragraphs: string[];
  /** Unsanitized HTML: the elements pass it through DOMPurify before it reaches the page. */
  bodyHtml?: string;
  image?: ArticleImage;
  authors: Person[];
  publisher?: Person;
  datePublished?: ArticleDate;
  dateModified?: ArticleDate;
  dateline?: string;
  url?: string;
  inLanguage?: string;
  tags: Tag[];
  keyPoints: string[];
  related: NormalizedRelated[];
  /** The body's length in words: the input's `wordCount`, else counted in the body. */
  wordCount?: number;
  /** Minutes to read the body (from `wordCount`, at 230 words a minute); absent without a body or `wordCount`. */
  readingMinutes?: number;
}

export interface NormalizedRelated {
  headline: string;
  url: string;
  datePublished?: ArticleDate;
  image?: ArticleImage;
  description?: string;
}

export interface NormalizeResult {
  /** Undefined when the input is not a usable article (see `issues`). */
  article?: NormalizedArticle;
  issues: readonly ArticleIssue[];
}
