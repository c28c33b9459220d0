import type { ArticleImage, NormalizedArticle, Person } from '../types.js';

/**
 * schema.org NewsArticle JSON-LD for an article, as Google's Article structured-data guidelines
 * ask: each author a Person with a name (and a profile url), dates in ISO 8601, images as
 * ImageObjects, absolute URLs. Relative URLs are resolved against `base` (the page's URL); without
 * one they stay relative.
 */
export function articleJsonLd(article: NormalizedArticle, base?: string): Record<string, unknown> {
  const a = article;
  const absolute = (url?: string) => {
    if (url === undefined || !base) return url;
    try {
      return new URL(url, base).href;
    } catch {
      return url;
    }
  };
  const person = (type: string) => (p: Person) => ({ '@type': type, name: p.name, url: absolute(p.url) });
  const image = (i: ArticleImage) => ({
    '@type': 'ImageObject',
    url: absolute(i.url),
    width: i.width,
    height: i.height,
    caption: i.caption,
    creditText: i.credit,
  });
  const url = absolute(a.url);
  const [deck, ...decks] = a.alternativeHeadlines;
  const value = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: a.headline,
    alternativeHeadline: decks.length ? a.alternativeHeadlines : deck,
    description: a.description,
    image: a.image && [image(a.image)],
    datePublished: a.datePublished?.iso,
    dateModified: a.dateModified?.iso,
    author: a.authors.length ? a.authors.map(person('Person')) : undefined,
    publisher: a.publisher && person('Organization')(a.publisher),
    url,
    mainEntityOfPage: url && { '@type': 'WebPage', '@id': url },
    inLanguage: a.inLanguage,
    keywords: a.tags.length ? a.tags.map((tag) => tag.name) : undefined,
    articleSection: a.section,
    dateline: a.dateline,
    wordCount: a.wordCount,
  };
  // Absent fields are left out rather than written as null.
  return JSON.parse(JSON.stringify(value)) as Record<string, unknown>;
}

/**
 * JSON to place inside a `<script>` element: nothing in it can end the script (`</script`) or open
 * a comment (`<!--`), and the two line separators JavaScript once rejected are escaped too.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
