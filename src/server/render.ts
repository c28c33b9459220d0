// renderToString: an element with its declarative shadow root, the article's text in its light DOM,
// the article as inline data the browser bundle reads by itself, and (for <news-article>) JSON-LD.
import { nothing } from 'lit';
import { html, unsafeStatic } from 'lit/static-html.js';
import { LitElementRenderer, render, type RenderInfo } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import '../index.js'; // defines the elements, in the registry of Lit's server DOM shim
import type { ArticleIssue, NormalizedArticle } from '../types.js';
import { NewsArticle } from '../components/news-article/news-article.component.js';
import { loadTagLinks } from '../components/news-tags/news-tags.component.js';
import { headingLevel } from '../internal/heading.js';
import { articleJson } from '../pipeline/article-json.js';
import { formatDate, listParts } from '../pipeline/format.js';
import { articleJsonLd, scriptJson } from '../pipeline/json-ld-writer.js';
import { JSON_LD_MARK } from '../pipeline/markup.js';
import { loadFormat } from '../pipeline/formats.js';
import { issue, normalizeArticle } from '../pipeline/normalize.js';
import { field, isRecord } from '../pipeline/object.js';
import { tagUrl } from '../pipeline/slug.js';
import { isSafeUrl } from '../pipeline/url.js';
import { bodyStyles } from '../styles/body.styles.js';
import { isRtl, labelsFor, loadLabels, type Labels } from '../translations/index.js';
import { loadBodySanitizer, sanitizedBody } from './body.js';
import { ELEMENT_FIELDS } from './elements.js';
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

// Lit's renderer, adding the HTML body's styles to <news-article>'s when it has one (in the browser
// the body's chunk adopts them), so the page looks the same before and after the upgrade.
class NewsElementRenderer extends LitElementRenderer {
  override renderShadow(renderInfo: RenderInfo) {
    const result = super.renderShadow(renderInfo);
    const { data } = this.element as unknown as { data?: NormalizedArticle };
    if (result && this.element instanceof NewsArticle && data?.bodyHtml) {
      result.splice(result.indexOf('</style>'), 0, bodyStyles.cssText);
    }
    return result;
  }
}

/** Reads the input and the options, and loads what rendering them needs (labels, JSON-LD reader, sanitizer). */
export async function prepare(
  input: unknown,
  options: unknown,
  issues: ArticleIssue[],
): Promise<Rendering | undefined> {
  const resolved = readOptions(options, issues);
  if (!resolved) return undefined;
  await loadFormat(input);
  const result = normalizeArticle(input)!;
  issues.unshift(...result.issues);
  if (!result.article) return undefined;
  const data = articleJson(result.article, ELEMENT_FIELDS[resolved.element]);
  const article = normalizeArticle(data)!.article!;
  const locale = resolved.lang ?? article.inLanguage ?? 'en';
  if (!labelsFor(locale)) await loadLabels();
  if (resolved.element === 'news-article' && article.bodyHtml) await loadBodySanitizer();
  if (resolved.tagHref) await loadTagLinks();
  return {
    options: resolved,
    source: result.article,
    ownJsonLd: ownJsonLd(input),
    data,
    article,
    locale,
    t: { ...labelsFor(locale)!, ...resolved.labels },
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

/** Lit's server output without the markers of a template no browser will hydrate. */
const withoutMarkers = (markup: string) => markup.replace(/<!--\/?lit-(?:part|node)[^>]*-->|<!--\?lit\$\d+\$-->/g, '');

/** The element's light DOM: the inline data, the JSON-LD, then the article's text. */
async function lightContent(rendering: Rendering): Promise<string> {
  const { options, data, article, locale, t } = rendering;
  const { element, timeZone, tagHref, jsonLd, ugc, linkTarget } = options;
  const { defaultHeadingLevel } = customElements.get(element) as unknown as { defaultHeadingLevel: number };
  const level = headingLevel(options.headingLevel, defaultHeadingLevel);
  const body =
    element === 'news-article' && article.bodyHtml
      ? sanitizedBody(article.bodyHtml, { dateline: article.dateline, ugc, headlineLevel: level, target: linkTarget })
      : undefined;
  const copy = lightDom(element, article, {
    t,
    level,
    body,
    list: (items) =>
      listParts(items, locale)
        .map((part) => part.value)
        .join(''),
    date: (value, style) => html`<time datetime=${value.iso}>${formatDate(value, locale, style, timeZone)}</time>`,
    tagUrl: (name) => {
      const url = tagHref && tagUrl(tagHref, name);
      return url && isSafeUrl(url) ? url : undefined;
    },
  });
  const text = withoutMarkers(await collectResult(render(copy)));
  const ld =
    element === 'news-article' && jsonLd
      ? `<script type="application/ld+json" ${JSON_LD_MARK}>${scriptJson(structuredData(rendering))}</script>`
      : '';
  return `<script type="application/json">${scriptJson(data)}</script>${ld}${text}`;
}

/** The element itself, its attributes carrying every option the browser must render the same way. */
export async function renderElement(rendering: Rendering): Promise<string> {
  const { options, data, locale } = rendering;
  const { element, timeZone, headingLevel: level, linkTarget, tagHref, theme, labels } = options;
  const tag = unsafeStatic(element);
  const isArticle = element === 'news-article';
  /* eslint-disable lit/binding-positions, lit/no-invalid-html -- the tag is static (lit/static-html) */
  const template = html`<${tag}
    lang=${locale}
    dir=${isRtl(locale) ? 'rtl' : nothing}
    time-zone=${timeZone}
    heading-level=${level ?? nothing}
    link-target=${linkTarget ?? nothing}
    tag-href=${tagHref ?? nothing}
    theme=${theme ?? nothing}
    labels=${labels ? JSON.stringify(labels) : nothing}
    ?ugc=${isArticle && options.ugc}
    ?no-json-ld=${isArticle && !options.jsonLd}
    .article=${data}
  ></${tag}>`;
  /* eslint-enable lit/binding-positions, lit/no-invalid-html */
  const markup = await collectResult(render(template, { elementRenderers: [NewsElementRenderer] }));
  // The outer template's own markers go (nothing hydrates it); the shadow root's stay, for the element.
  const host = markup
    .replace(/^<!--lit-part[^>]*-->(?:<!--lit-node \d+-->)?/, '')
    .replace(/<!--\/lit-part-->$/, '')
    // The spaces that attributes left unset leave behind in the open tag (never inside a value).
    .replace(/^<[^>]*>/, (open) => open.replace(/("[^"]*")|\s+/g, (_, quoted?: string) => quoted ?? ' '));
  const close = `</${element}>`;
  return host.slice(0, -close.length) + (await lightContent(rendering)) + close;
}

/**
 * Renders an article (format v1 or schema.org JSON-LD) as the HTML of one element, for a server or
 * a static site: the element with a declarative shadow root, the article's text in its light DOM
 * and the article as inline data, which the CDN bundle reads and hydrates with no script of the
 * page's own. Never throws: an invalid article gives `html: ''` and the issues saying why.
 */
export async function renderToString(input: unknown, options: RenderOptions = {}): Promise<RenderResult> {
  const issues: ArticleIssue[] = [];
  return safely(issues, async () => {
    const rendering = await prepare(input, options, issues);
    if (!rendering) return '';
    if (rendering.options.element === 'news-article' && rendering.options.jsonLd) checkJsonLdUrls(rendering, issues);
    return renderElement(rendering);
  });
}
