// The pieces every server-rendered element is made of: the element as Lit renders it (declarative
// shadow root included), and the plain HTML of its light-DOM copy.
import { nothing } from 'lit';
import { html, unsafeStatic } from 'lit/static-html.js';
import { LitElementRenderer, render, type RenderInfo } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import '../index.js'; // defines the elements, in the registry of Lit's server DOM shim
import type { NormalizedArticle } from '../types.js';
import { NewsArticle } from '../components/news-article/news-article.component.js';
import { NewsFeed } from '../components/news-feed/news-feed.component.js';
import { styles as feedStyles } from '../components/news-feed/news-feed.styles.js';
import { headingLevel } from '../internal/heading.js';
import { formatDate, listParts } from '../pipeline/format.js';
import { tagUrl } from '../pipeline/slug.js';
import { isSafeUrl } from '../pipeline/url.js';
import { bodyStyles } from '../styles/body.styles.js';
import { scriptJson } from '../pipeline/json-ld-writer.js';
import { isRtl, labelsFor, loadLabels, type Labels } from '../translations/index.js';
import type { LightDomContext } from './light-dom.js';
import type { ResolvedOptions } from './options.js';

// Lit's renderer, adding the styles the browser adopts from a chunk: the HTML body's to
// <news-article>'s when it has one, the feed view's to <news-feed>'s. So the page looks the same
// before and after the upgrade.
class NewsElementRenderer extends LitElementRenderer {
  override renderShadow(renderInfo: RenderInfo) {
    const result = super.renderShadow(renderInfo);
    const { data } = this.element as unknown as { data?: NormalizedArticle };
    const extra =
      this.element instanceof NewsArticle && data?.bodyHtml
        ? bodyStyles
        : this.element instanceof NewsFeed
          ? feedStyles
          : undefined;
    if (result && extra) result.splice(result.indexOf('</style>'), 0, extra.cssText);
    return result;
  }
}

/** The labels of `locale` (loading the built-in ones besides English first), with the options' overrides. */
export async function labelsOf(locale: string, { labels }: ResolvedOptions): Promise<Labels> {
  if (!labelsFor(locale)) await loadLabels();
  return { ...labelsFor(locale)!, ...labels };
}

/** The element's data as the inline `<script type="application/json">` the browser reads. */
export const dataScript = (data: object): string => `<script type="application/json">${scriptJson(data)}</script>`;

/** A template as plain HTML: Lit's server output without the markers of a template no browser will hydrate. */
export const plainHtml = async (template: unknown): Promise<string> =>
  (await collectResult(render(template))).replace(/<!--\/?lit-(?:part|node)[^>]*-->|<!--\?lit\$\d+\$-->/g, '');

/** What the light-DOM copy is written with: labels, dates and lists in the locale, tag links. */
export function copyContext(options: ResolvedOptions, locale: string, t: Labels): LightDomContext {
  const { element, timeZone, tagHref } = options;
  const { defaultHeadingLevel } = customElements.get(element) as unknown as { defaultHeadingLevel: number };
  return {
    t,
    level: headingLevel(options.headingLevel, defaultHeadingLevel),
    list: (items) =>
      listParts(items, locale)
        .map((part) => part.value)
        .join(''),
    date: (value, style) => html`<time datetime=${value.iso}>${formatDate(value, locale, style, timeZone)}</time>`,
    tagUrl: (name) => {
      const url = tagHref && tagUrl(tagHref, name);
      return url && isSafeUrl(url) ? url : undefined;
    },
  };
}

/** The element as Lit renders it on the server, given `data`, with `light` as its light DOM. */
export async function renderHost(
  options: ResolvedOptions,
  data: object,
  locale: string,
  light: string,
): Promise<string> {
  const { element, timeZone, headingLevel: level, linkTarget, tagHref, theme, labels, limit, layout } = options;
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
    limit=${limit ?? nothing}
    layout=${layout ?? nothing}
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
  return host.slice(0, -close.length) + light + close;
}
