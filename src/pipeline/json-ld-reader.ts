import type { NormalizeResult } from '../types.js';
import { field, first, isRecord } from './object.js';
import { issue } from './normalize.js';

// Article and its subtypes (NewsArticle, ReportageNewsArticle, ScholarlyArticle, TechArticle, …),
// BlogPosting and the other postings, Report; `@type` may be a name, a prefixed name or a URL.
const ARTICLE_TYPE = /(?:Article|Posting|Report|APIReference)$/;
// Nodes looked at in a top-level array or `@graph`, and how deep such lists may nest.
const MAX_NODES = 200;
const MAX_DEPTH = 3;

const typeName = (type: unknown) => (typeof type === 'string' ? type.split(/[/:#]/).pop()! : '');

const isArticleNode = (node: unknown) =>
  isRecord(node) && [field(node, '@type')].flat().some((type) => ARTICLE_TYPE.test(typeName(type)));

/** The article node: the input itself, an item of a top-level array, or a node of an `@graph`. */
export function findArticleNode(input: unknown, path = '', depth = 0): [Record<string, unknown>, string] | undefined {
  if (isArticleNode(input)) return [input as Record<string, unknown>, path];
  const list = Array.isArray(input) ? input : field(input, '@graph');
  if (!Array.isArray(list) || depth >= MAX_DEPTH) return undefined;
  const prefix = Array.isArray(input) ? path : `${path ? `${path}.` : ''}@graph`;
  for (let i = 0; i < list.length && i < MAX_NODES; i++) {
    const found = findArticleNode(list[i], `${prefix}[${i}]`, depth + 1);
    if (found) return found;
  }
  return undefined;
}

const quantity = (value: unknown) => (isRecord(value) ? field(value, 'value') : value);

function person(value: unknown): unknown {
  return isRecord(value) ? { name: field(value, 'name'), url: field(value, 'url') } : value;
}

function image(value: unknown): unknown {
  const list = [value].flat();
  const usable = list.find((item) => typeof item === 'string' || field(item, 'url') || field(item, 'contentUrl'));
  if (!isRecord(usable)) return usable;
  return {
    url: field(usable, 'url') ?? field(usable, 'contentUrl'),
    alt: field(usable, 'description') ?? field(usable, 'name'),
    caption: field(usable, 'caption'),
    credit: field(usable, 'creditText') ?? field(person(first(field(usable, 'copyrightHolder'))), 'name'),
    width: quantity(field(usable, 'width')),
    height: quantity(field(usable, 'height')),
  };
}

function pageUrl(node: Record<string, unknown>): unknown {
  const page = field(node, 'mainEntityOfPage');
  return field(node, 'url') ?? (isRecord(page) ? (field(page, '@id') ?? field(page, 'url')) : page);
}

/** Maps a schema.org Article node, as real pages write it, onto the article format. */
export function fromJsonLd(node: Record<string, unknown>): Record<string, unknown> {
  const language = field(node, 'inLanguage');
  const authors = field(node, 'author') ?? field(node, 'creator');
  return {
    headline: field(node, 'headline') ?? field(node, 'name'),
    alternativeHeadline: field(node, 'alternativeHeadline'),
    section: first(field(node, 'articleSection')),
    description: field(node, 'description'),
    articleBody: field(node, 'articleBody'),
    wordCount: field(node, 'wordCount'),
    image: image(field(node, 'image')),
    author: Array.isArray(authors) ? authors.map(person) : person(authors),
    publisher: person(first(field(node, 'publisher'))),
    datePublished: field(node, 'datePublished') ?? field(node, 'dateCreated'),
    dateModified: field(node, 'dateModified'),
    dateline: field(node, 'dateline'),
    url: pageUrl(node),
    inLanguage: isRecord(language) ? (field(language, 'alternateName') ?? field(language, 'name')) : language,
    keywords: field(node, 'keywords'),
  };
}

/** schema.org JSON-LD: the Article node, mapped onto the format and read; paths name the node in the input. */
export function read(input: unknown, readArticle: (article: unknown) => NormalizeResult): NormalizeResult {
  const found = findArticleNode(input);
  if (!found) {
    const message = 'no Article node (NewsArticle, BlogPosting…) in the JSON-LD';
    return { issues: [issue('$', message)] };
  }
  const [node, path] = found;
  const result = readArticle(fromJsonLd(node));
  if (path) for (const issue of result.issues) issue.path = `${path}.${issue.path}`;
  return result;
}
