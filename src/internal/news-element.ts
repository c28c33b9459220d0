import { LitElement, html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { ArticleDate, ArticleIssue, NormalizedArticle } from '../types.js';
import { en, type Labels } from '../translations/en.js';
import { emit } from './emit.js';
import { formatDate, resolveLocale } from './format.js';
import { headingLevel } from './heading.js';
import { loadJsonLd, normalizeArticle } from './normalize.js';

/**
 * What the five elements share: the `article` input, normalized once per new article object,
 * the locale and labels, heading levels, the error state and the load/error events.
 */
export abstract class NewsElement extends LitElement {
  static properties: PropertyDeclarations = {
    article: { attribute: false },
    labels: { attribute: false },
    headingLevel: { type: Number, attribute: 'heading-level' },
    embedded: { type: Boolean, attribute: false },
  };

  /** The heading level used when `heading-level` is not set. */
  protected static defaultHeadingLevel = 2;

  /** Warnings about the current article (or, when it is invalid, the errors), each with its JSON path. */
  issues: readonly ArticleIssue[] = [];

  protected data?: NormalizedArticle;
  protected locale = 'en';
  protected t: Labels = en;
  private dates = new Map<string, string>();
  private formattedFor?: NormalizedArticle;
  /** How many chunks (the JSON-LD reader, the sanitizer) are still loading for this element. */
  private waiting = 0;
  /** The input whose `news-load` or `news-error` has been sent. */
  private announced?: unknown;

  /** The article object (format v1). Replace the object to show a change. */
  declare article: unknown;
  /** Overrides for any of the texts the element writes itself. */
  declare labels?: Partial<Labels>;
  /** The level (1–6) of the element's top heading; nested headings follow it. */
  declare headingLevel?: number;
  /** Set by `<news-article>` on the elements it composes: they leave events and warnings to it. */
  declare embedded: boolean;

  constructor() {
    super();
    this.embedded = false;
  }

  protected willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('article')) this.read(this.article);
    if (changed.has('labels') || this.data !== this.formattedFor) {
      this.formattedFor = this.data;
      this.locale = resolveLocale(this, this.data?.inLanguage);
      this.t = this.labels ? { ...en, ...this.labels } : en;
      this.dates.clear();
    }
  }

  protected updated(): void {
    const { article } = this;
    if (article == null || this.embedded || this.waiting || this.announced === article) return;
    this.announced = article;
    this.announce();
  }

  /** Normalizes the input; JSON-LD first waits for its reader (a chunk of its own in the CDN build). */
  private read(input: unknown): void {
    const result = input == null ? { issues: [] } : normalizeArticle(input);
    this.data = result?.article;
    this.issues = result?.issues ?? [];
    if (result) return;
    this.wait(
      loadJsonLd().then(
        () => this.article === input && this.read(input),
        () => (this.issues = [{ path: '$', message: 'the JSON-LD reader did not load', severity: 'error' }]),
      ),
    );
  }

  /** Holds `news-load` back until `work` (a chunk loading, say) is done, then renders again. */
  protected wait(work: Promise<unknown>): void {
    this.waiting++;
    void work.finally(() => {
      this.waiting--;
      this.requestUpdate();
    });
  }

  private announce(): void {
    const { localName, issues, data } = this;
    if (data) emit(this, 'news-load', { article: data, issues });
    else emit(this, 'news-error', { issues });
    if (issues.length) console.warn(`<${localName}>: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
  }

  protected get level(): number {
    return headingLevel(this.headingLevel, (this.constructor as typeof NewsElement).defaultHeadingLevel);
  }

  /** A `<time>` in the reader's locale; the text is formatted once per article and locale. */
  protected date(value: ArticleDate, style: 'long' | 'short' = 'short') {
    const key = `${style}|${value.iso}`;
    let text = this.dates.get(key);
    if (text === undefined) this.dates.set(key, (text = formatDate(value, this.locale, style)));
    return html`<time part="date" datetime=${value.iso}>${text}</time>`;
  }

  /** What the element shows for a valid article; `nothing` when its slice is empty. */
  protected abstract renderArticle(article: NormalizedArticle): TemplateResult | typeof nothing;

  protected render() {
    if (this.article == null || (!this.data && this.waiting)) return html`<slot></slot>`;
    if (!this.data) {
      const [first] = this.issues;
      return html`<div part="error" role="alert">
        <strong>${this.t.error}</strong> <small>${first?.path}: ${first?.message}</small>
      </div>`;
    }
    return this.renderArticle(this.data);
  }
}
