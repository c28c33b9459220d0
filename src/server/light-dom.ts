// The article as plain semantic HTML for the element's light DOM. The rendered shadow root has no
// slot for it, so a reader never sees it twice; it is what a tool that neither runs scripts nor
// expands shadow roots reads (Readability, crawlers, read-later services), and what a browser
// without declarative shadow DOM shows until the script runs.
import { html, nothing, type TemplateResult } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { Labels } from '../translations/index.js';
import type { ArticleDate, NormalizedArticle } from '../types.js';
import { heading } from '../internal/heading.js';
import type { ArticleElementName } from './elements.js';

export interface LightDomContext {
  t: Labels;
  /** The element's top heading level. */
  level: number;
  /** "A, B and C" in the reader's language. */
  list: (items: string[]) => string;
  /** A `<time>` as the element writes it. */
  date: (value: ArticleDate, style: 'long' | 'short') => TemplateResult;
  /** The sanitized HTML body, as the shadow root shows it. */
  body?: string;
  /** The `tagHref` link of a tag that has no url of its own. */
  tagUrl: (name: string) => string | undefined;
}

const title = (level: number, content: unknown) => heading(level, nothing, content);

function keyPoints({ keyPoints }: NormalizedArticle, { t, level }: LightDomContext) {
  if (!keyPoints.length) return nothing;
  return html`${title(level, t.keyPoints)}
    <ol>
      ${keyPoints.map((point) => html`<li>${point}</li>`)}
    </ol>`;
}

function tags({ tags }: NormalizedArticle, { t, level, tagUrl }: LightDomContext) {
  if (!tags.length) return nothing;
  return html`${title(level, t.tags)}
    <ul>
      ${tags.map(({ name, url = tagUrl(name) }) => html`<li>${url ? html`<a href=${url}>${name}</a>` : name}</li>`)}
    </ul>`;
}

function related({ related, headline }: NormalizedArticle, { t, level, date }: LightDomContext) {
  if (!related.length) return nothing;
  return html`<nav aria-label="${t.related}: ${headline}">
    ${title(level, t.related)}
    <ul>
      ${related.map(
        (item) =>
          html`<li>
            <a href=${item.url}>${item.headline}</a> ${item.datePublished ? date(item.datePublished, 'short') : nothing}
          </li>`,
      )}
    </ul>
  </nav>`;
}

function card(a: NormalizedArticle, { level, date }: LightDomContext) {
  return html`<article lang=${a.inLanguage ?? nothing}>
    ${title(level, a.url ? html`<a href=${a.url}>${a.headline}</a>` : a.headline)}
    ${a.description ? html`<p>${a.description}</p>` : nothing}
    ${a.datePublished ? html`<p>${date(a.datePublished, 'short')}</p>` : nothing}
  </article>`;
}

function article(a: NormalizedArticle, context: LightDomContext) {
  const { t, level, list, date, body } = context;
  const slices = { ...context, level: Math.min(6, level + 1) };
  const [first, ...rest] = a.paragraphs;
  const image = a.image;
  return html`<article lang=${a.inLanguage ?? nothing}>
    ${a.section ? html`<p>${a.section}</p>` : nothing} ${title(level, a.headline)}
    ${a.alternativeHeadlines.length ? html`<p>${a.alternativeHeadlines[0]}</p>` : nothing}
    ${a.description ? html`<p>${a.description}</p>` : nothing}
    ${a.authors.length ? html`<p>${t.by} ${list(a.authors.map((author) => author.name))}</p>` : nothing}
    ${a.datePublished ? html`<p>${t.published} ${date(a.datePublished, 'long')}</p>` : nothing}
    ${
      image
        ? // Lazy, so a browser that shows the shadow root never downloads this unrendered copy.
          html`<figure>
            <img
              src=${image.url}
              alt=${image.alt ?? ''}
              width=${image.width ?? nothing}
              height=${image.height ?? nothing}
              loading="lazy"
            />
            ${image.caption || image.credit ? html`<figcaption>${image.caption} ${image.credit}</figcaption>` : nothing}
          </figure>`
        : nothing
    }
    ${body ? unsafeHTML(body) : nothing}
    ${first === undefined ? nothing : html`<p>${a.dateline ? `${a.dateline} — ` : ''}${first}</p>`}
    ${rest.map((paragraph) => html`<p>${paragraph}</p>`)} ${keyPoints(a, slices)} ${tags(a, slices)}
    ${related(a, slices)}
  </article>`;
}

const COPIES: Record<ArticleElementName, (a: NormalizedArticle, context: LightDomContext) => unknown> = {
  'news-article': article,
  'news-card': card,
  'news-tags': tags,
  'news-key-points': keyPoints,
  'news-related': related,
};

/** The light-DOM copy of what `element` shows of the article. */
export const lightDom = (element: ArticleElementName, a: NormalizedArticle, context: LightDomContext) =>
  COPIES[element](a, context);

/** The light-DOM copy of a feed: its heading and every card (More needs a script, so all of them). */
export function feedCopy(articles: NormalizedArticle[], context: LightDomContext) {
  const cards = { ...context, level: Math.min(6, context.level + 1) };
  return html`${title(context.level, context.t.latest)}
    <ul>
      ${articles.map((a) => html`<li>${card(a, cards)}</li>`)}
    </ul>`;
}
