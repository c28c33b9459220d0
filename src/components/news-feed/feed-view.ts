// What <news-feed> does once it has a feed: reading it, the list of cards, More and its pages. A
// chunk of its own in the CDN build, loaded when a page has a feed, so article pages never load it.
import { adoptStyles, html, nothing, type CSSResultOrNative } from 'lit';
import type { Labels } from '../../translations/en.js';
import { heading } from '../../internal/heading.js';
import type { InputError } from '../../internal/input-error.js';
import type { FeedItem, NormalizedFeed } from '../../pipeline/feed.js';
import { styles } from './news-feed.styles.js';
import type { NewsFeed } from './news-feed.component.js';

export { loadFeedFormats, normalizeFeed } from '../../pipeline/feed.js';

const CARD_PARTS = 'card,image,section,headline,link,description,meta,date,publisher';

/**
 * The next page's URL against the feed's `src` (or the page); undefined when it cannot be resolved
 * (a page whose base is about:blank). As given on the server, which has no page: the browser resolves it.
 */
function resolveNext(next: string, src?: string): string | undefined {
  if (typeof document === 'undefined') return next;
  try {
    return new URL(next, new URL(src ?? '', document.baseURI)).href;
  } catch {
    return undefined;
  }
}

/** The feed element's state and view: the pages More added, the next page's URL, focus and status. */
export class FeedView {
  #pages: FeedItem[] = [];
  #next?: string;
  #pagesFor?: NormalizedFeed;
  /** How many items show; undefined: `limit` (or all). */
  #count?: number;
  #request?: Promise<NormalizedFeed | InputError>;
  #failed?: InputError;
  #focus?: number;
  // Rendered as `nothing` while empty: a server-rendered '' leaves no text node, and Lit would then
  // write the first status into its closing marker (lit/lit#4937).
  #status = '';
  /** The labels and locale of the last render, for what More says. */
  #t?: Labels;
  #locale = 'en';

  constructor(private readonly host: NewsFeed) {
    const base = (host.constructor as typeof NewsFeed).elementStyles;
    // On the server there is no shadow root: the server renderer writes these styles itself.
    if (host.renderRoot) adoptStyles(host.renderRoot as ShadowRoot, [...base, styles as CSSResultOrNative]);
  }

  /** After a render: focus the first card More added. */
  updated(): void {
    if (this.#focus === undefined) return;
    this.host.renderRoot.querySelectorAll<HTMLElement>('li')[this.#focus]?.focus();
    this.#focus = undefined;
  }

  /** The feed's items with the pages added, and the next page's URL (resolved against `src`). */
  #state(feed: NormalizedFeed): [FeedItem[], string | undefined] {
    if (this.#pagesFor !== feed) {
      this.#pagesFor = feed;
      this.#pages = [];
      this.#count = this.#failed = undefined;
      this.#next = feed.next && resolveNext(feed.next, this.host.src);
    }
    return [[...feed.items, ...this.#pages], this.#next];
  }

  #more = async (): Promise<void> => {
    const { host } = this;
    const feed = this.#pagesFor!;
    const [items, next] = this.#state(feed);
    const shown = this.#shown(items.length);
    if (shown < items.length) return this.#show(shown, Math.min(items.length, shown + (host.limit || items.length)));
    if (!next || this.#request) return;
    this.#failed = undefined;
    const { credentials = 'omit', timeout = 10_000 } = host;
    const request = (this.#request = import('../../internal/feed-pages.js').then((m) =>
      m.fetchPage(next, credentials, timeout),
    ));
    host.requestUpdate();
    const page = await request;
    this.#request = undefined;
    if (this.#pagesFor !== feed) return; // a new feed meanwhile
    if (!('items' in page)) return void ((this.#failed = page), host.requestUpdate());
    this.#pages.push(...page.items);
    this.#next = page.next && new URL(page.next, next).href;
    this.#show(shown, shown + (host.limit ? Math.min(host.limit, page.items.length) : page.items.length));
  };

  /** How many of `total` items show: what More has asked for, else `limit`, else all. */
  #shown(total: number): number {
    return this.#count ?? this.host.limit ?? total;
  }

  /** Shows items up to `to`, focuses the first new one, and says how many came. */
  #show(from: number, to: number): void {
    this.#count = to;
    this.#focus = from;
    this.#status = this.#t!.added.replace('{count}', new Intl.NumberFormat(this.#locale).format(to - from));
    this.host.requestUpdate();
  }

  render(feed: NormalizedFeed, t: Labels, level: number, locale: string) {
    this.#t = t;
    this.#locale = locale;
    const [items, next] = this.#state(feed);
    if (!items.length) return nothing;
    const { host } = this;
    const shown = items.slice(0, this.#shown(items.length));
    // Not a named region: two feeds on a page would be two landmarks of the same name ("Latest").
    // Readers move by the heading instead.
    return html`<section part="feed">
      ${heading(level, 'heading', t.latest)}
      <ul part="list" role="list" class=${host.layout === 'list' ? 'list' : 'grid'}>
        ${shown.map(
          ({ input }, position) =>
            html`<li part="item" tabindex="-1">
              <news-card
                .article=${input}
                .labels=${host.labels}
                .embedded=${true}
                .position=${position}
                lang=${locale}
                heading-level=${Math.min(6, level + 1)}
                link-target=${host.linkTarget ?? nothing}
                time-zone=${host.timeZone ?? nothing}
                headline-variant=${host.headlineVariant ?? nothing}
                variant-seed=${host.variantSeed ?? nothing}
                exportparts=${CARD_PARTS}
              ></news-card>
            </li>`,
        )}
      </ul>
      ${
        shown.length < items.length || next
          ? html`<button part="more" @click=${this.#more} ?disabled=${!!this.#request}>${t.more}</button>`
          : nothing
      }
      ${
        this.#failed
          ? html`<button part="retry" @click=${this.#more}>${t.retry}</button>
              <small role="alert">${this.#failed.issues[0]?.message}</small>`
          : nothing
      }
      <p role="status">${this.#status || nothing}</p>
    </section>`;
  }
}
