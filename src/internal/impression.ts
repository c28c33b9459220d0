// Loaded once an element has rendered its first article (a chunk of its own in the CDN build).
import type { ReactiveController, ReactiveControllerHost } from 'lit';

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

/**
 * Calls `onImpression` once the host has been at least half visible for one continuous second (it
 * returns false when there was nothing to count yet); `reset()` (a new article) lets it count
 * again. Time in a hidden tab does not count.
 */
// One observer for every element on the page (a page of 500 cards needs one, not 500).
const controllers = new WeakMap<Element, ImpressionController>();
let observer: IntersectionObserver | undefined;
function observe(element: Element, controller: ImpressionController): void {
  controllers.set(element, controller);
  observer ??= new IntersectionObserver(
    (entries) => entries.forEach((entry) => controllers.get(entry.target)?.track(inView(entry))),
    { threshold: THRESHOLDS },
  );
  observer.observe(element);
}

export class ImpressionController implements ReactiveController {
  #timer?: ReturnType<typeof setTimeout>;
  #visible = false;
  #counted = false;

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly onImpression: () => boolean,
  ) {
    host.addController(this);
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
    this.#counted = false;
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
    if (!visible || this.#counted) return;
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      if (document.visibilityState === 'hidden') return;
      this.#counted = this.onImpression();
    }, DWELL_MS);
  }
}
