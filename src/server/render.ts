// renderToString: an element with its declarative shadow root, the article's text in its light DOM,
// the article as inline data the browser bundle reads by itself, and (for <news-article>) JSON-LD.
import type { ArticleIssue, NormalizedArticle } from '../types.js';
import { loadTagLinks } from '../components/news-tags/news-tags.component.js';
import { articleJson } from '../pipeline/article-json.js';
import { articleJsonLd, scriptJson } from '../pipeline/json-ld-writer.js';
import { JSON_LD_MARK } from '../pipeline/markup.js';
import { loadFormat } from '../pipeline/formats.js';
import { issue, normalizeArticle } from '../pipeline/normalize.js';
import { field, isRecord } from '../pipeline/object.js';
import type { Labels } from '../translations/index.js';
import { loadBodySanitizer, sanitizedBody } from './body.js';
import { ELEMENT_FIELDS, type ArticleElementName } from './elements.js';
import { renderFeed } from './feed.js';
import { copyContext, dataScript, labelsOf, plainHtml, renderHost } from './host.js';
import { lightDom } from './light-dom.js';
import { readOptions, type RenderOptions, type ResolvedOptions } from './options.js';

export interface RenderResult {
  /** The rendered element; `''` when the article is invalid (the issues say why). */
  html: string;
  /** Warnings (fields dropped or cut, options ignored), or the errors that made the article invalid. */
  issues: ArticleIssue[];
}

/** What one render works from: the article as the browser will read it, and the checked options. */
export interface Rendering {
  options: ResolvedOptions;
  /** The element, one of an article (a feed is rendered by ./feed.ts). */
  element: ArticleElementName;
  /** The whole article, as read from the input. */
  source: NormalizedArticle;
  /** The input's own schema.org JSON-LD, to write as it came (see ownJsonLd); else it is built. */
  ownJsonLd?: object;
  /** The inline data: the article in the format, as much of it as the element shows. */
  data: object;
  /** `data` read back, exactly as the browser will read it. */
  article: NormalizedArticle;
  locale: string;
  t: Labels;
}

/** Reads the input and the options, and loads what rendering them needs (labels, JSON-LD reader, sanitizer). */
export async function prepare(
  input: unknown,
  options: unknown,
  issues: ArticleIssue[],
): Promise<Rendering | undefined> {
  const resolved = readOptions(options, issues);
  if (!resolved) return undefined;
  const { element } = resolved;
  if (element === 'news-feed') {
    issues.push(
      issue('options.element', 'a page is for one article: render a feed as an element (renderToString, or no --page)'),
    );
    return undefined;
  }
  await loadFormat(input);
  const result = normalizeArticle(input)!;
  issues.unshift(...result.issues);
  if (!result.article) return undefined;
  const data = articleJson(result.article, ELEMENT_FIELDS[element]);
  const article = normalizeArticle(data)!.article!;
  const locale = resolved.lang ?? article.inLanguage ?? 'en';
  const t = await labelsOf(locale, resolved);
  if (element === 'news-article' && article.bodyHtml) await loadBodySanitizer();
  if (resolved.tagHref) await loadTagLinks();
  return {
    options: resolved,
    element,
    source: result.article,
    ownJsonLd: ownJsonLd(input),
    data,
    article,
    locale,
    t,
  };
}

/**
 * The input's own schema.org JSON-LD, when it came as a JSON-LD document (with its `@context`):
 * written as the publisher wrote it, since it carries what the article format does not (paywall
 * markup, logos, organisation types). Undefined for any other input, or one that is not plain JSON.
 */
function ownJsonLd(input: unknown): object | undefined {
  if (!isRecord(input) || field(input, '@context') === undefined) return undefined;
  try {
    return JSON.parse(JSON.stringify(input)) as object;
  } catch {
    return undefined; // a cycle or a throwing getter: built from the article instead
  }
}

/** The schema.org JSON-LD to write: the input's own, else built from the article (only when written). */
export const structuredData = ({ ownJsonLd, source, options }: Rendering): object =>
  ownJsonLd ?? articleJsonLd(source, options.baseUrl);

/** Search engines want absolute URLs in JSON-LD: says so when a relative one stays relative. */
export function checkJsonLdUrls({ source, options, ownJsonLd }: Rendering, issues: ArticleIssue[]): void {
  if (ownJsonLd || options.baseUrl || ![source.url, source.image?.url].some((url) => url && !/^https?:/i.test(url))) {
    return;
  }
  issues.push(issue('options.baseUrl', 'no usable baseUrl: relative URLs stay relative in the JSON-LD', 'warning'));
}

/** Runs a render; an exception (a bug) becomes an error issue and no HTML: nothing is thrown. */
export async function safely(issues: ArticleIssue[], run: () => Promise<string>): Promise<RenderResult> {
  try {
    return { html: await run(), issues };
  } catch (error) {
    return { html: '', issues: [...issues, issue('$', `could not be rendered: ${String(error)}`)] };
  }
}

/** The element's light DOM: the inline data, the JSON-LD, then the article's text. */
async function lightContent(rendering: Rendering): Promise<string> {
  const { options, element, data, article, locale, t } = rendering;
  const { jsonLd, ugc, linkTarget } = options;
  const context = copyContext(options, locale, t);
  context.body =
    element === 'news-article' && article.bodyHtml
      ? sanitizedBody(article.bodyHtml, {
          dateline: article.dateline,
          ugc,
          headlineLevel: context.level,
          target: linkTarget,
        })
      : undefined;
  const text = await plainHtml(lightDom(element, article, context));
  const ld =
    element === 'news-article' && jsonLd
      ? `<script type="application/ld+json" ${JSON_LD_MARK}>${scriptJson(structuredData(rendering))}</script>`
      : '';
  return dataScript(data) + ld + text;
}

/** The element itself, its attributes carrying every option the browser must render the same way. */
export async function renderElement(rendering: Rendering): Promise<string> {
  return renderHost(rendering.options, rendering.data, rendering.locale, await lightContent(rendering));
}

/**
 * Renders an article (format v1 or schema.org JSON-LD) as the HTML of one element, for a server or
 * a static site: the element with a declarative shadow root, the article's text in its light DOM
 * and the article as inline data, which the CDN bundle reads and hydrates with no script of the
 * page's own. With `element: 'news-feed'` the input is a feed (an array of articles, `{items, next}`,
 * a schema.org ItemList, a JSON Feed, or RSS or Atom text). Never throws: an invalid input gives
 * `html: ''` and the issues saying why.
 */
export async function renderToString(input: unknown, options: RenderOptions = {}): Promise<RenderResult> {
  const issues: ArticleIssue[] = [];
  return safely(issues, async () => {
    if (field(options, 'element') === 'news-feed') return renderFeed(input, options, issues);
    const rendering = await prepare(input, options, issues);
    if (!rendering) return '';
    if (rendering.options.element === 'news-article' && rendering.options.jsonLd) checkJsonLdUrls(rendering, issues);
    return renderElement(rendering);
  });
}
