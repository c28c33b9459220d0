import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { Labels } from '../translations/en.js';
import { InputError } from './input-error.js';
import { fetchArticle, pageArticle } from './sources.js';

export interface RemoteHost extends ReactiveControllerHost, HTMLElement {
  src?: string;
  fromPage: boolean;
  credentials?: string;
  timeout?: number;
}

const CREDENTIALS = ['omit', 'same-origin', 'include'];
const TIMEOUT_MS = 10_000;

/**
 * Where an element's article comes from when neither the `article` property nor inline data gives
 * it: the `src` URL, then the page's own JSON-LD (`from-page`). Requests are aborted when `src`
 * changes or the element leaves the page, so a slow answer never overwrites a newer one. Loaded on
 * first use (a chunk of its own in the CDN build).
 */
export class RemoteSource implements ReactiveController {
  /** A request for `src` is in flight. */
  loading = false;
  #page: unknown;
  #fetched: unknown;
  #fetchedSrc?: string;
  #request?: AbortController;

  constructor(private readonly host: RemoteHost) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.requestUpdate(); // back on the page: a request dropped on leaving is made again
  }

  hostDisconnected(): void {
    this.#request?.abort();
    this.#request = this.#fetchedSrc = undefined;
    this.loading = false;
  }

  /** The input to show now; starts the request when `src` has changed. */
  resolve(): unknown {
    const { src, fromPage } = this.host;
    if (src) {
      // Only a connected element fetches: one that left the page (or was never on it) waits for its return.
      if (src !== this.#fetchedSrc && this.host.isConnected) this.#fetch(src);
      return this.#fetched;
    }
    return fromPage ? (this.#page ??= pageArticle(document)) : undefined;
  }

  /** The "Loading" line while `src` loads, unless the element has fallback content of its own. */
  loadingView(t?: Labels) {
    const fallback = [...this.host.childNodes].some((node) =>
      node instanceof Element ? node.localName !== 'script' : !!node.textContent?.trim(),
    );
    return this.loading && !fallback ? html`<p part="loading" role="status">${t?.loading}</p>` : nothing;
  }

  /** The error state's Retry button, after a failed request. */
  retryView(input: unknown, t: Labels) {
    return input instanceof InputError && input.retry
      ? html`<button part="retry" @click=${this.#retry}>${t.retry}</button>`
      : nothing;
  }

  /** Requests `src` again. */
  #retry = (): void => {
    this.#fetchedSrc = undefined;
    this.host.requestUpdate();
  };

  #fetch(src: string): void {
    this.#request?.abort();
    const request = (this.#request = new AbortController());
    const { credentials = '', timeout } = this.host;
    this.#fetchedSrc = src;
    this.#fetched = undefined;
    this.loading = true;
    void fetchArticle(src, {
      credentials: (CREDENTIALS.includes(credentials) ? credentials : 'omit') as RequestCredentials,
      timeout: timeout && timeout > 0 ? timeout : TIMEOUT_MS,
      signal: request.signal,
    }).then((result) => {
      if (request !== this.#request) return; // a newer src, or the element left the page
      this.#fetched = result;
      this.loading = false;
      this.host.requestUpdate();
    });
  }
}
