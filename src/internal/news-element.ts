import { LitElement, html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { ArticleDate, ArticleImage, ArticleIssue, NormalizeResult, NormalizedArticle } from '../types.js';
import { en, isRtl, labelsFor, loadLabels, pickLabels, type Labels } from '../translations/index.js';
import { hydration } from './define.js';
import { InlineData } from './inline-data.js';
import { InputError } from './input-error.js';
import type { RemoteSource } from './remote-source.js';
import { emit } from './emit.js';
import { formatDate, resolveLocale } from '../pipeline/format.js';
import { headingLevel } from './heading.js';
import { loadFormat } from '../pipeline/formats.js';
import { issue, normalizeArticle } from '../pipeline/normalize.js';
import type { HeadlineVariant } from './variant.js';

let analyticsModule: Promise<typeof import('./analytics.js')> | undefined;
/** Headline testing, loaded the first time an element has `headline-variant`. */
let variantModule: Promise<typeof import('./variant.js')> | undefined;
let variants: typeof import('./variant.js') | undefined;

/**
 * What the elements share: the ways an article gets in, normalization once per article,
 * the locale and labels, heading levels, links, the loading and error states, and the events.
 *
 * @slot - Fallback content (a link, a summary): shown until the article renders, and to readers
 * and crawlers without JavaScript.
 * @fires {NewsLoadEvent} news-load - An article was accepted and rendered; `detail: {article, issues, variant}` (issues are warnings; variant: the headline wording shown, with `headline-variant`).
 * @fires {NewsErrorEvent} news-error - Nothing could be rendered (invalid article, failed request); `detail.issues` names each problem by its JSON path.
 * @fires {NewsLinkClickEvent} news-link-click - A reader activated a link the element rendered; `detail: {url, kind, article, variant, position}` with kind `headline`, `author`, `publisher`, `tag`, `related` or `body`. Cancelable for plain clicks: `preventDefault()` stops the navigation.
 * @fires {NewsImpressionEvent} news-impression - Once per article, when at least half of the element has been in view for one continuous second; `detail: {article, variant, position}` (position: a card's place in its `<news-feed>`).
 * @attribute {'light' | 'dark'} theme - `light` or `dark`: a fixed palette, with a background, instead of the page's colours.
 * @attribute lang - The reader's language for labels and dates (else the article's `inLanguage`, the nearest `lang`, English).
 * @cssprop --news-color-background - The background with `theme` (default: the system's for that scheme).
 * @csspart error - The box shown when nothing could be rendered.
 * @csspart retry - The Retry button in the error box after a failed `src` request.
 * @csspart loading - The "Loading" line shown while `src` loads, when there is no fallback content.
 */
export abstract class NewsElement<Data extends object = NormalizedArticle> extends LitElement {
  static properties: PropertyDeclarations = {
    article: { attribute: false },
    articleJson: { attribute: 'article' },
    src: {},
    fromPage: { type: Boolean, attribute: 'from-page' },
    credentials: {},
    timeout: { type: Number },
    labels: { type: Object },
    timeZone: { attribute: 'time-zone' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    linkTarget: { attribute: 'link-target' },
    tagHref: { attribute: 'tag-href' },
    headlineVariant: { attribute: 'headline-variant' },
    variantSeed: { attribute: 'variant-seed' },
  };

  /** The heading level used when `heading-level` is not set. */
  protected static defaultHeadingLevel = 2;
  /**
   * Whether a rendered article shows texts of the element's own (headings, "By"). A card shows only
   * the article's words, so on a German page it renders without waiting for the locales' chunk.
   */
  protected static labelled = true;

  /** Warnings about the current article (or, when it is invalid, the errors), each with its JSON path. */
  issues: readonly ArticleIssue[] = [];

  /** The headline wording shown, with `headline-variant`: `{index, headline}`. */
  declare variant?: HeadlineVariant;
  /** Set by `<news-feed>` on its cards: the card's place in the feed (from 0), reported with its events. */
  declare position?: number;

  declare protected data?: Data;
  /** The input being shown, from whichever way in won (see willUpdate). */
  declare protected input?: unknown;
  protected locale = 'en';
  /** The labels in the reader's language; undefined while the locales' chunk loads. */
  declare protected t?: Labels;
  /** The article attribute and child script, read once the property is not set. */
  #inline?: InlineData;
  /** `src` and `from-page`; loaded when an element uses one (null while it loads). */
  #remote?: RemoteSource | null;
  #analytics?: import('./analytics.js').Analytics;
  /** The `labels` the current `t` was made from. */
  #labelsFor?: unknown;
  /**
   * Server-rendered and not yet hydrated: the server's DOM stays on screen until the first render
   * can be the very same (its input read, its chunks loaded), then Lit hydrates it in place.
   */
  #hydrating = false;
  /** Whether this element set the host's `dir` (it never removes a `dir` the page set). */
  #setDir = false;
  /** How many chunks (the JSON-LD reader, the sanitizer) are still loading for this element. */
  #waiting = 0;
  /** The input whose `news-load` or `news-error` has been sent, since it became the input. */
  #announced?: unknown;

  /**
   * The article object (format v1 or schema.org JSON-LD), or its JSON text (what React renders on
   * the server). Wins over every other way in.
   */
  declare article: unknown;
  /** The article as JSON in the `article` attribute, for pages where no script can set the property. */
  declare articleJson?: string;
  /** URL of the article JSON, fetched when no property, attribute or inline JSON gives the article. */
  declare src?: string;
  /** Read the page's own JSON-LD Article when nothing else gives the article. */
  declare fromPage: boolean;
  /** Credentials for the `src` request: `omit` (default), `same-origin` or `include`. */
  declare credentials?: 'omit' | 'same-origin' | 'include';
  /** Milliseconds before the `src` request is given up (default 10000). */
  declare timeout?: number;
  /** Overrides for any of the texts the element writes itself (as JSON in the `labels` attribute). */
  declare labels?: Partial<Labels>;
  /** Show date-times in this IANA time zone (with its name), instead of the reader's own. */
  declare timeZone?: string;
  /** The level (1–6) of the element's top heading; nested headings follow it. */
  declare headingLevel?: number;
  /** Where the links open: `_self` (default) or `_blank` (a new tab, without access to this page). */
  declare linkTarget?: '_self' | '_blank';
  /** URL template for tags without a url, such as `/topics/{slug}`. */
  declare tagHref?: string;
  /**
   * Headline testing: which wording to show, `0` the headline, `1`… the alternative headlines, or
   * `auto`: one per reader, the same on every visit (see `variant-seed`).
   */
  declare headlineVariant?: string;
  /** With `headline-variant="auto"`: the publisher's reader id, instead of a random one kept in localStorage. */
  declare variantSeed?: string;
  /** Set by `<news-article>` on the elements it composes (before they connect): they leave loading and events to it. */
  embedded = false;

  constructor() {
    super();
    this.fromPage = false;
    this.addEventListener('click', (event) => this.#analytics?.click(event));
  }

  protected createRenderRoot() {
    // A server-rendered shadow root is hydrated when Lit's hydration support is on (see define.ts).
    // Without it (server output added after the page loaded), it is emptied and rendered afresh.
    const serverRendered = !!this.shadowRoot?.firstChild;
    if (serverRendered && !hydration.enabled) this.shadowRoot!.replaceChildren();
    this.#hydrating = serverRendered && hydration.enabled;
    return super.createRenderRoot();
  }

  /** Server-rendered and not yet hydrated (see #hydrating). */
  protected get hydrating(): boolean {
    return this.#hydrating;
  }

  /**
   * A server-rendered element skips its updates until its first render can match the server's
   * DOM (see #hydrating): until then, what the server rendered stays, with nothing to shift it.
   */
  protected shouldUpdate(): boolean {
    if (!this.#hydrating) return true;
    this.willUpdate(); // reads the input and starts what it needs; willUpdate is idempotent
    return !this.#waiting && this.#labelsReady && this.input !== undefined;
  }

  /** Whether what would render has its labels: an unlabelled element's article needs none. */
  get #labelsReady(): boolean {
    return !!this.t || (!!this.data && !(this.constructor as typeof NewsElement).labelled);
  }

  /**
   * Works out what to render: the input that wins (the property, the attribute, a child script,
   * `src`, the page), its article, the locale and labels. Idempotent.
   */
  protected willUpdate(): void {
    const { embedded, src, fromPage } = this;
    const article = typeof this.article === 'string' ? this.#inlineData().property(this.article) : this.article;
    // A composed element is given its article by <news-article>, which leaves the rest to itself.
    const inline = article === undefined && !embedded ? this.#inlineData().read() : undefined;
    if (this.#remote === undefined && (article ?? inline) === undefined && !embedded && (src || fromPage)) {
      this.#loadRemote();
    }
    const input = article ?? inline ?? this.#remote?.resolve();
    if (input !== this.input) this.#read((this.input = input));
    const { data, headlineVariant } = this;
    const testing = data && headlineVariant;
    this.variant = testing
      ? variants?.chooseVariant(data as NormalizedArticle, headlineVariant, this.variantSeed)
      : undefined;
    if (testing && !variants)
      this.wait((variantModule ??= import('./variant.js')).then((module) => (variants = module)));
    // Labels are needed for an article, an error or the "Loading" line: not while the element waits
    // for its article, whose language may spare the locales' chunk (an English article on a German page).
    if (input === undefined && this.#remote === undefined) return;
    const locale = resolveLocale(this, (this.data as { inLanguage?: string } | undefined)?.inLanguage);
    if (locale !== this.locale || this.labels !== this.#labelsFor || !this.t) {
      this.locale = locale;
      this.#labelsFor = this.labels;
      const labels = labelsFor(locale);
      this.t = labels && { ...labels, ...pickLabels(this.labels) };
      if (!labels && !this.#labelsReady) this.wait(loadLabels());
    }
  }

  protected updated(): void {
    this.#hydrating = false;
    const rtl = isRtl(this.locale);
    if (rtl || this.#setDir) {
      this.#setDir = rtl;
      if (rtl) this.dir = 'rtl';
      else this.removeAttribute('dir');
    }
    // Busy while what will be shown is still coming: a src request counts only when no other way in won.
    const busy = !this.data && ((this.input === undefined && !!this.#remote?.loading) || this.#waiting > 0);
    if (busy) this.setAttribute('aria-busy', 'true');
    else this.removeAttribute('aria-busy');
    const { input } = this;
    if (this.data && !this.#analytics) this.#loadAnalytics(); // composed elements too: their links count
    if (input === undefined || busy || this.#waiting || this.embedded || this.#announced === input) return;
    this.#announced = input;
    const { localName, issues, data } = this;
    if (data) emit(this, 'news-load', this.loadDetail(data));
    else emit(this, 'news-error', { issues });
    if (issues.length) console.warn(`<${localName}>: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
    this.#analytics?.reset();
  }

  /** Link clicks and impressions: their code loads after the first render, off the critical path. */
  #loadAnalytics(): void {
    // One import for the page, not one per element: a list of 500 cards waits on the same promise.
    void (analyticsModule ??= import('./analytics.js')).then(({ Analytics }) => {
      this.#analytics ??= new Analytics(this, () => this.data as NormalizedArticle | undefined);
    });
  }

  #inlineData(): InlineData {
    return (this.#inline ??= new InlineData(this));
  }

  #loadRemote(): void {
    this.#remote = null;
    this.wait(import('./remote-source.js').then(({ RemoteSource }) => (this.#remote = new RemoteSource(this))));
  }

  /** Normalizes the input; another format (JSON-LD…) first waits for its reader (a chunk in the CDN build). */
  #read(input: unknown): void {
    this.#announced = undefined; // a new input (even one shown before) is announced once more
    const result: { article?: Data; issues: readonly ArticleIssue[] } | undefined =
      input instanceof InputError ? input : input == null ? { issues: [] } : this.readInput(input);
    this.data = result?.article;
    this.issues = result?.issues ?? [];
    if (result) return;
    this.wait(this.loadFormats(input).then(() => this.input === input && this.#read(input)));
  }

  /** The input read as the element's data; undefined until `loadFormats` has loaded its format's reader. */
  protected readInput(input: unknown): { article?: Data; issues: readonly ArticleIssue[] } | undefined {
    return normalizeArticle(input) as NormalizeResult & { article?: Data };
  }

  /** Loads the readers `normalize` needs for the input. */
  protected loadFormats(input: unknown): Promise<void> {
    return loadFormat(input);
  }

  /** `news-load`'s detail. */
  protected loadDetail(article: Data): object {
    const { issues, variant } = this;
    return { article, issues, variant };
  }

  /** Holds `news-load` back until `work` (a chunk loading, say) is done, then renders again. */
  protected wait(work: Promise<unknown>): void {
    this.#waiting++;
    // A chunk that fails to load (a network error) leaves what is shown, and says so.
    const done = work
      .catch(() => {
        this.issues = [...this.issues, issue('$', 'a script chunk did not load', this.data ? 'warning' : 'error')];
      })
      .then(() => {
        this.#waiting--;
        this.requestUpdate();
        return this.updateComplete;
      });
    // A composed element's work (the tag slugs, say) holds back its <news-article>'s news-load
    // until the composed element has rendered with it.
    if (this.embedded) ((this.getRootNode() as ShadowRoot).host as NewsElement | undefined)?.wait?.(done);
  }

  protected get level(): number {
    return headingLevel(this.headingLevel, (this.constructor as typeof NewsElement).defaultHeadingLevel);
  }

  /** A link as every element renders it, with `link-target` (`_blank` implies `noopener` in browsers). */
  protected link(url: string, content: unknown, part = 'link') {
    return html`<a part=${part} href=${url} target=${this.linkTarget ?? nothing}>${content}</a>`;
  }

  /** An image with its alt text (empty for a decorative one) and its size, so the page does not jump. */
  protected image({ url, alt = '', width, height }: ArticleImage, loading?: 'lazy') {
    return html`<img
      part="image"
      src=${url}
      alt=${alt}
      width=${width ?? nothing}
      height=${height ?? nothing}
      loading=${loading ?? nothing}
    />`;
  }

  /** A `<time>` in the reader's locale and `time-zone` (its formatter is made once per locale, style and zone). */
  protected date(value: ArticleDate, style: 'long' | 'short' = 'short') {
    return html`<time part="date" datetime=${value.iso}>${formatDate(value, this.locale, style, this.timeZone)}</time>`;
  }

  /** What the element shows for a valid article; `nothing` when its slice is empty. */
  protected abstract renderArticle(article: Data, t: Labels): TemplateResult | typeof nothing;

  /** The element's own light DOM (its fallback), with the "Loading" line while `src` loads. */
  protected fallback() {
    // A JSON script child may arrive after the element is on the page: it is slotted, so look again.
    return html`<slot @slotchange=${() => this.requestUpdate()}></slot>${this.#remote?.loadingView(this.t)}`;
  }

  protected render(): unknown {
    const { data, input, t } = this;
    if (data && this.#labelsReady) return this.renderArticle(data, t ?? en);
    if (input === undefined || !t || this.#waiting) return this.fallback();
    const [first] = this.issues;
    return html`<div part="error" role="alert">
      <strong>${t.error}</strong> <small>${first?.path}: ${first?.message}</small>
      ${this.#remote?.retryView(input, t)}
    </div>`;
  }
}
