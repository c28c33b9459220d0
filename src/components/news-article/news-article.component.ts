import { html, noChange, nothing } from 'lit';
import type { Labels } from '../../translations/en.js';
import type { NormalizedArticle, Person } from '../../types.js';
import { formatMinutes, listParts } from '../../pipeline/format.js';
import { JSON_LD_MARK } from '../../pipeline/markup.js';
import { isJsonLd } from '../../pipeline/object.js';
import type { BodyOptions } from '../../pipeline/sanitize.js';
import { heading } from '../../internal/heading.js';
import { NewsElement } from '../../internal/news-element.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { styles } from './news-article.styles.js';

/** The JSON-LD writer, once an element has asked for it. */
let jsonLdScript: Promise<typeof import('../../internal/json-ld-script.js')> | undefined;

/** How an HTML body renders where there is no DOM to sanitize with: set by the server API. */
export const serverBody: { render?: (html: string, options: BodyOptions) => unknown } = {};

/**
 * The whole article: section, headline, the first alternative headline as a deck (none when
 * `headline-variant` is set: the alternatives are then wordings to test), description,
 * byline, publisher, dates, hero image with caption and credit, the body, then the key points,
 * tags and related links (composed from `<news-key-points>`, `<news-tags>` and `<news-related>`,
 * whose parts are exported with a prefix).
 *
 * @tagname news-article
 * @summary A whole news article.
 * @csspart article - The `<article>`.
 * @csspart header - The header: section, headline, deck, description, byline and dates.
 * @csspart section - The section (kicker).
 * @csspart headline - The headline heading.
 * @csspart deck - The alternative headline shown under the headline.
 * @csspart description - The standfirst.
 * @csspart meta - The byline, publisher and dates.
 * @csspart byline - "By" and the authors.
 * @csspart author-link - An author's link (for authors with a url).
 * @csspart publisher - The publisher's name.
 * @csspart publisher-link - The publisher's link (when it has a url).
 * @csspart published - "Published" and its date.
 * @csspart updated - "Updated" and its date.
 * @csspart date - Each `<time>`.
 * @csspart reading-time - The reading time ("Reading time: 4 minutes"), from the body's words or `wordCount`.
 * @csspart figure - The hero image's `<figure>`.
 * @csspart image - The hero image.
 * @csspart caption - The image caption.
 * @csspart credit - The image credit.
 * @csspart body - The body paragraphs.
 * @csspart dateline - The dateline at the start of the body.
 * @csspart key-points - The key points box (its heading, list and items: `key-points-heading`, `key-points-list`, `key-point`).
 * @csspart tags - The tags block (`tags-heading`, `tags-list`, `tag`).
 * @csspart related - The related links (`related-heading`, `related-list`, `related-item`, `related-link`, `related-date`).
 * @attribute no-json-ld - Do not write schema.org JSON-LD for the article (into the page's head).
 * @cssprop --news-font-family - Body font (default: the page's).
 * @cssprop --news-headline-font-family - Headline font (default: the body font).
 * @cssprop --news-color-text - Text colour (default: the page's).
 * @cssprop --news-color-muted - Secondary text (default: the text colour at 72%).
 * @cssprop --news-color-accent - Links, section, key-point markers and tag chips (default: the text colour).
 * @cssprop --news-color-surface - Backgrounds of boxes and chips (default: the text colour at 6%).
 * @cssprop --news-color-border - Borders and rules (default: the text colour at 20%).
 * @cssprop --news-radius - Corner radius (default: 0.5rem).
 * @cssprop --news-space - The base spacing (default: 1rem).
 */
export class NewsArticle extends NewsElement {
  static styles = [sharedStyles, styles];
  static properties = { ugc: { type: Boolean }, noJsonLd: { type: Boolean, attribute: 'no-json-ld' } };
  protected static defaultHeadingLevel = 1;

  #body?: unknown;
  /** What the body was last rendered for: the article and the settings that change its markup. */
  #bodyFor: unknown[] = [];
  #slicesFor?: NormalizedArticle;
  #jsonLdFor?: NormalizedArticle;

  /** The body is user-generated content: its links also get `rel="nofollow ugc"`. */
  declare ugc: boolean;
  /**
   * Do not write the article's schema.org JSON-LD into the page's head (it is not written either when
   * the article came as JSON-LD, which the page then already carries).
   */
  declare noJsonLd: boolean;

  constructor() {
    super();
    this.ugc = false;
    this.noJsonLd = false;
  }

  connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) this.requestUpdate(); // to write its JSON-LD again
  }

  disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#jsonLdFor = undefined;
    this.#writeJsonLd(this.data); // not connected: removes it
  }

  protected willUpdate(): void {
    super.willUpdate();
    const bodyFor = [this.data, this.ugc, this.level, this.linkTarget];
    if (bodyFor.some((value, i) => value !== this.#bodyFor[i])) {
      this.#bodyFor = bodyFor;
      this.#loadBody();
    }
  }

  protected updated(): void {
    const { data } = this;
    // The article is rendered once its composed elements are: news-load waits for their first update
    // (in which they may start work of their own, such as loading the tag slugs).
    if (data && data !== this.#slicesFor) {
      this.#slicesFor = data;
      const slices = this.renderRoot.querySelectorAll<NewsElement>('[exportparts]'); // the composed elements
      this.wait(Promise.all([...slices].map((slice) => slice.updateComplete)));
    }
    if (data !== this.#jsonLdFor) {
      this.#jsonLdFor = data;
      this.#writeJsonLd(data);
    }
    super.updated();
  }

  /**
   * The article's JSON-LD for search engines (after the first render, off its path), while the
   * element is on the page.
   */
  #writeJsonLd(data?: NormalizedArticle): void {
    if (this.hydrating) return; // the server wrote it
    const article = data && this.isConnected && !this.noJsonLd && !isJsonLd(this.input) ? data : undefined;
    if (!article && !jsonLdScript && !this.querySelector(`:scope>[${JSON_LD_MARK}]`)) return;
    void (jsonLdScript ??= import('../../internal/json-ld-script.js')).then(
      ({ writeJsonLd }) => this.data === data && writeJsonLd(this, article),
    );
  }

  /** Sanitizes an HTML body with DOMPurify, loaded only when an article has one. */
  #loadBody(): void {
    const { data } = this;
    this.#body = undefined;
    if (!data?.bodyHtml) return;
    const options = { dateline: data.dateline, ugc: this.ugc, headlineLevel: this.level, target: this.linkTarget };
    if (serverBody.render) {
      this.#body = serverBody.render(data.bodyHtml, options);
    } else if (this.hydrating) {
      // The server rendered this very body: an empty fragment takes the place, and hydration keeps
      // the server's nodes (no sanitizer to load). A later change renders a new fragment over them.
      this.#body = document.createDocumentFragment();
    } else {
      this.wait(
        import('../../internal/body-html.js').then(({ sanitizeBody, adoptBodyStyles }) => {
          if (this.data !== data) return;
          this.#body = sanitizeBody(data.bodyHtml!, options);
          adoptBodyStyles(this);
        }),
      );
    }
  }

  #person(person: Person, part: 'author-link' | 'publisher-link') {
    return person.url ? this.link(person.url, person.name, part) : person.name;
  }

  #byline(authors: Person[], t: Labels) {
    let next = 0;
    const names = listParts(
      authors.map((a) => a.name),
      this.locale,
    ).map((part) => (part.type === 'element' ? this.#person(authors[next++], 'author-link') : part.value));
    return html`<span part="byline">${t.by} ${names}</span>`;
  }

  /** The three composed elements, given this element's input, language and settings. */
  #slices() {
    const level = Math.min(6, this.level + 1);
    const { input, labels, locale, linkTarget = nothing, tagHref = nothing } = this;
    return html`<news-key-points
        .article=${input}
        .labels=${labels}
        .embedded=${true}
        lang=${locale}
        heading-level=${level}
        link-target=${linkTarget}
        exportparts="key-points,heading:key-points-heading,list:key-points-list,item:key-point"
      ></news-key-points>
      <news-tags
        .article=${input}
        .labels=${labels}
        .embedded=${true}
        lang=${locale}
        heading-level=${level}
        link-target=${linkTarget}
        tag-href=${tagHref}
        exportparts="tags,heading:tags-heading,list:tags-list,tag"
      ></news-tags>
      <news-related
        .article=${input}
        .labels=${labels}
        .embedded=${true}
        lang=${locale}
        heading-level=${level}
        link-target=${linkTarget}
        exportparts="related,heading:related-heading,list:related-list,item:related-item,link:related-link,date:related-date"
      ></news-related>`;
  }

  /**
   * An HTML body renders with the rest of the article, once it is sanitized: until then the
   * fallback shows (or, for a new article, what was shown stays), so nothing is pushed down later.
   */
  protected render(): unknown {
    if (this.data?.bodyHtml && this.#body === undefined) return this.hasUpdated ? noChange : this.fallback();
    return super.render();
  }

  protected renderArticle(a: NormalizedArticle, t: Labels) {
    const [first, ...rest] = a.paragraphs;
    const { variant } = this;
    return html`<article part="article" lang=${a.inLanguage ?? nothing}>
      <header part="header">
        ${a.section ? html`<p part="section">${a.section}</p>` : nothing}
        ${heading(this.level, 'headline', variant?.headline ?? a.headline)}
        ${a.alternativeHeadlines.length && !variant ? html`<p part="deck">${a.alternativeHeadlines[0]}</p>` : nothing}
        ${a.description ? html`<p part="description">${a.description}</p>` : nothing}
        ${
          a.authors.length || a.publisher || a.datePublished || a.dateModified || a.readingMinutes
            ? html`<p part="meta">
                ${a.authors.length ? this.#byline(a.authors, t) : nothing}
                ${a.publisher ? html`<span part="publisher">${this.#person(a.publisher, 'publisher-link')}</span>` : nothing}
                ${a.datePublished ? html`<span part="published">${t.published} ${this.date(a.datePublished, 'long')}</span>` : nothing}
                ${a.dateModified ? html`<span part="updated">${t.updated} ${this.date(a.dateModified, 'long')}</span>` : nothing}
                ${
                  a.readingMinutes
                    ? html`<span part="reading-time"
                        >${t.readingTime.replace('{time}', formatMinutes(a.readingMinutes, this.locale))}</span
                      >`
                    : nothing
                }
              </p>`
            : nothing
        }
      </header>
      ${
        a.image
          ? html`<figure part="figure">
              ${this.image(a.image)}
              ${
                a.image.caption || a.image.credit
                  ? html`<figcaption part="caption">
                      ${a.image.caption}
                      ${a.image.credit ? html`<span part="credit">${a.image.credit}</span>` : nothing}
                    </figcaption>`
                  : nothing
              }
            </figure>`
          : nothing
      }
      <div part="body">
        ${a.bodyHtml ? (this.#body ?? nothing) : nothing}
        ${
          first === undefined
            ? nothing
            : html`<p>${a.dateline ? html`<span part="dateline">${a.dateline}</span> — ` : nothing}${first}</p>`
        }
        ${rest.map((paragraph) => html`<p>${paragraph}</p>`)}
      </div>
      ${this.#slices()}
    </article>`;
  }
}
