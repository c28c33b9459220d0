// What publishers' analytics hear: link clicks and impressions. Loaded once an element has
// rendered its first article (a chunk of its own in the CDN build), off the critical path.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { NormalizedArticle } from '../types.js';
import { emit } from './emit.js';
import type { HeadlineVariant } from './variant.js';

export interface AnalyticsHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  /** A composed element inside <news-article>: its links are reported, impressions are its parent's. */
  embedded: boolean;
  /** A card's place in its <news-feed>: the card reports its impressions too, and the place with each event. */
  position?: number;
  /** The headline wording shown, reported with each event. */
  variant?: HeadlineVariant;
}

/** What every event's detail carries besides the article: the card's place in a feed, the wording shown. */
function context({ position, variant }: AnalyticsHost) {
  return { ...(position === undefined ? {} : { position }), ...(variant ? { variant } : {}) };
}

/**
 * The IAB viewability rule: at least half of the element in view for one continuous second. An
 * article is often taller than the screen and can never be half in view; for it, filling at least
 * half of the viewport counts as well (the rule the IAB applies to large formats, in spirit).
 */
const HALF = 0.5;
const DWELL_MS = 1000;
// Callbacks at every 5% step, so a tall element's growing share of the viewport is seen.
const THRESHOLDS = Array.from({ length: 21 }, (_, i) => i / 20);

function inView({ intersectionRatio, intersectionRect, rootBounds }: IntersectionObserverEntry): boolean {
  if (intersectionRatio >= HALF) return true;
  const viewport = rootBounds ? rootBounds.width * rootBounds.height : 0;
  return viewport > 0 && intersectionRect.width * intersectionRect.height >= HALF * viewport;
}

/** What a link is, from its part: a body link has none; a plain `link` is the card's headline or a related article. */
function linkKind(link: HTMLAnchorElement, host: string): string {
  const part = link.getAttribute('part');
  if (!part) return 'body';
  if (part !== 'link') return part.replace('-link', '');
  return host === 'news-related' ? 'related' : 'headline';
}

/**
 * Sends `news-link-click` for the links the host rendered, and `news-impression` once the host has
 * been in view (see HALF) for one continuous second; `reset()` (a new article) lets it count
 * again. The same input set again gives the same normalized object (see normalizeArticle), so an
 * article set back after a blank is not a second impression. Time in a hidden tab does not count.
 */
// One observer for every element on the page (a page of 500 cards needs one, not 500).
const controllers = new WeakMap<Element, Analytics>();
let observer: IntersectionObserver | undefined;
function observe(element: Element, controller: Analytics): void {
  controllers.set(element, controller);
  observer ??= new IntersectionObserver(
    (entries) => entries.forEach((entry) => controllers.get(entry.target)?.track(inView(entry))),
    { threshold: THRESHOLDS },
  );
  observer.observe(element);
}

export class Analytics implements ReactiveController {
  #timer?: ReturnType<typeof setTimeout>;
  #visible = false;
  /** The article whose impression has been sent. */
  #counted?: NormalizedArticle;

  constructor(
    private readonly host: AnalyticsHost,
    /** The article the host shows now. */
    private readonly article: () => NormalizedArticle | undefined,
  ) {
    host.addController(this);
  }

  /** `news-link-click` for a link this element rendered; cancelling it stops the navigation. */
  click(event: MouseEvent): void {
    const link = event.composedPath().find((node) => node instanceof HTMLAnchorElement);
    const article = this.article();
    if (!link || link.getRootNode() !== this.host.renderRoot || !article) return;
    // A modified click (new tab, download…) stays the reader's: it is reported but cannot be cancelled.
    const plain = event.button === 0 && !(event.ctrlKey || event.metaKey || event.shiftKey || event.altKey);
    const detail = { url: link.href, kind: linkKind(link, this.host.localName), article, ...context(this.host) };
    if (!emit(this.host, 'news-link-click', detail, plain)) event.preventDefault();
  }

  hostConnected(): void {
    if (typeof IntersectionObserver !== 'undefined') observe(this.host, this);
  }

  hostDisconnected(): void {
    observer?.unobserve(this.host);
    this.track(false);
  }

  /** A new article: it gets its own impression, timed from now if the host is in view. */
  reset(): void {
    if (this.#counted === this.article()) return;
    const visible = this.#visible;
    this.#visible = false; // restart the second for the new article
    this.track(visible);
  }

  /** Called by the shared observer with whether the host now counts as in view. */
  track(visible: boolean): void {
    if (visible && this.#visible && this.#timer !== undefined) return; // still in view: the second runs on
    this.#visible = visible;
    clearTimeout(this.#timer);
    this.#timer = undefined;
    if (!visible || this.#counted === this.article()) return;
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      if (document.visibilityState === 'hidden') return;
      const article = this.article();
      const { host } = this;
      // No impression for a <news-feed> (its data is a list, with no headline): its cards count their own.
      if (!article?.headline || (host.embedded && host.position === undefined)) return;
      this.#counted = article;
      emit(host, 'news-impression', { article, ...context(host) });
    }, DWELL_MS);
  }
}
