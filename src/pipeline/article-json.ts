import type { Article, ArticleDate, NormalizedArticle } from '../types.js';

const iso = (date?: ArticleDate) => date?.iso;

/**
 * A normalized article written back in the article format (version 1): what a server puts in the
 * page for the elements to read. Reading it again gives the same article with no issue, so the
 * browser renders exactly what the server rendered. `fields` keeps only those (the headline always).
 */
export function articleJson(article: NormalizedArticle, fields?: readonly (keyof Article)[]): Article {
  const a = article;
  const all: Article = {
    headline: a.headline,
    alternativeHeadline: a.alternativeHeadlines.length ? a.alternativeHeadlines : undefined,
    section: a.section,
    description: a.description,
    bodyHtml: a.bodyHtml,
    articleBody: a.paragraphs.length ? a.paragraphs.join('\n\n') : undefined,
    image: a.image,
    author: a.authors.length ? a.authors : undefined,
    publisher: a.publisher,
    datePublished: iso(a.datePublished),
    dateModified: iso(a.dateModified),
    dateline: a.dateline,
    url: a.url,
    inLanguage: a.inLanguage,
    tags: a.tags.length ? a.tags : undefined,
    keyPoints: a.keyPoints.length ? a.keyPoints : undefined,
    related: a.related.length
      ? a.related.map((item) => ({ ...item, datePublished: iso(item.datePublished) }))
      : undefined,
    wordCount: a.wordCount,
  };
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(all)) {
    if (value !== undefined && (!fields || key === 'headline' || fields.includes(key as keyof Article))) {
      out[key] = value;
    }
  }
  return out as unknown as Article;
}
