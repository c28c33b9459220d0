// Loaded once an element has rendered its first article (a chunk of its own in the CDN build).
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The IAB viewability rule: at least half of the element in view for one continuous second. */
const RATIO = 0.5;
const DWELL_MS = 1000;

/**
 * Calls `onImpression` once the host has been at least half visible for one continuous second (it
 * returns false when there was nothing to count yet); `reset()` (a new article) lets it count
 * again. Time in a hidden tab does not count.
 */
export class ImpressionController implements ReactiveController {
  #observer?: IntersectionObserver;
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
    if (typeof IntersectionObserver === 'undefined') return;
    this.#observer = new IntersectionObserver(([entry]) => this.#track(entry.intersectionRatio >= RATIO), {
      threshold: RATIO,
    });
    this.#observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#track(false);
  }

  /** A new article: it gets its own impression, timed from now if the host is in view. */
  reset(): void {
    this.#counted = false;
    this.#track(this.#visible);
  }

  #track(visible: boolean): void {
    this.#visible = visible;
    clearTimeout(this.#timer);
    if (!visible || this.#counted) return;
    this.#timer = setTimeout(() => {
      if (document.visibilityState === 'hidden') return;
      this.#counted = this.onImpression();
    }, DWELL_MS);
  }
}
