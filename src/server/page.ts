// renderPage: a complete HTML document around one rendered element, for static sites and the
// command line's --page: title, description, canonical link, Open Graph, JSON-LD and the script.
import { escapeHtml } from '@lit-labs/ssr/lib/util/escape-html.js';
import type { NormalizedArticle } from '../types.js';
import { articleJsonLd, scriptJson } from '../pipeline/json-ld-writer.js';
import { isRtl } from '../translations/index.js';
import type { ArticleIssue } from '../types.js';
import { firstParagraph } from './body.js';
import {
  checkJsonLdUrls,
  prepare,
  renderElement,
  safely,
  structuredData,
  type Rendering,
  type RenderResult,
} from './render.js';
import type { RenderOptions } from './options.js';
import { CDN_SCRIPT } from './version.js';

export interface PageOptions extends RenderOptions {
  /** The module script that upgrades the page (default: this version's CDN bundle); `''` for none. */
  script?: string;
}

/** A `<meta>` or `<link>` tag with escaped values; nothing for an absent value. */
const tag = (name: string, attributes: Record<string, string | number | undefined>) =>
  Object.values(attributes).includes(undefined)
    ? ''
    : `<${name} ${Object.entries(attributes)
        .map(([key, value]) => `${key}="${escapeHtml(String(value))}"`)
        .join(' ')}>`;

/** The description for search results and link previews: the standfirst, else the body's opening, in a sentence or two. */
async function summary(a: NormalizedArticle): Promise<string | undefined> {
  const text = a.description ?? a.paragraphs[0] ?? (a.bodyHtml && (await firstParagraph(a.bodyHtml)));
  const words = text?.replace(/\s+/g, ' ').trim();
  if (!words || words.length <= 200) return words || undefined;
  return `${words.slice(0, 199).replace(/\s+\S*$/, '')}…`;
}

/** Open Graph's form of a locale, language_TERRITORY: `de` → `de_DE`, `pt-BR` → `pt_BR`. */
function ogLocale(locale: string): string | undefined {
  try {
    const { language, region } = new Intl.Locale(locale).maximize();
    return region ? `${language}_${region}` : language;
  } catch {
    return undefined;
  }
}

function head(rendering: Rendering, description?: string): string {
  const { source: a, locale, options } = rendering;
  // The URLs as search engines and link previews want them, absolute (with baseUrl).
  const built = articleJsonLd(a, options.baseUrl) as { url?: string; image?: { url: string }[] };
  const url = built.url;
  const image = built.image?.[0]?.url;
  const property = (name: string, content?: string | number) => tag('meta', { property: name, content });
  return [
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(a.headline)}</title>`,
    tag('meta', { name: 'description', content: description }),
    tag('link', { rel: 'canonical', href: url }),
    property('og:type', 'article'),
    property('og:title', a.headline),
    property('og:description', description),
    property('og:url', url),
    property('og:image', image),
    property('og:image:alt', a.image?.alt),
    property('og:image:width', a.image?.width),
    property('og:image:height', a.image?.height),
    property('og:site_name', a.publisher?.name),
    property('og:locale', ogLocale(locale)),
    property('article:published_time', a.datePublished?.iso),
    property('article:modified_time', a.dateModified?.iso),
    property('article:section', a.section),
    ...a.tags.map((t) => property('article:tag', t.name)),
    tag('meta', { name: 'twitter:card', content: image ? 'summary_large_image' : 'summary' }),
    `<script type="application/ld+json">${scriptJson(structuredData(rendering))}</script>`,
  ]
    .filter(Boolean)
    .join('\n');
}

/**
 * A complete HTML document for the article: the head a news page needs (title, description,
 * canonical URL, Open Graph, schema.org JSON-LD) and the rendered element, which the module script
 * upgrades. Never throws; an invalid article gives `html: ''` and the issues.
 */
export async function renderPage(input: unknown, options: PageOptions = {}): Promise<RenderResult> {
  const issues: ArticleIssue[] = [];
  return safely(issues, async () => {
    const { script = CDN_SCRIPT, ...rest } = options;
    // The JSON-LD goes in the head, once: the element is told not to write its own.
    const rendering = await prepare(input, { ...rest, jsonLd: false }, issues);
    if (!rendering) return '';
    checkJsonLdUrls(rendering, issues);
    const { source, locale } = rendering;
    const module = script ? `\n<script type="module" src="${escapeHtml(script)}"></script>` : '';
    return `<!doctype html>
<html lang="${escapeHtml(locale)}"${isRtl(locale) ? ' dir="rtl"' : ''}>
<head>
${head(rendering, await summary(source))}${module}
<style>body{max-inline-size:46rem;margin:auto;padding:1rem;font-family:system-ui,sans-serif;line-height:1.5}</style>
</head>
<body>
<main>
${await renderElement(rendering)}
</main>
</body>
</html>
`;
  });
}
