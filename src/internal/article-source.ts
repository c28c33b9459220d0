import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { Labels } from '../translations/en.js';
import { InputError } from './input-error.js';
import { fetchArticle, inlineText, pageArticle, parseJson } from './sources.js';

export interface SourceHost extends ReactiveControllerHost, HTMLElement {
  articleJson?: string;
  src?: string;
  fromPage: boolean;
  credentials?: string;
  timeout?: number;
  embedded: boolean;
}

const CREDENTIALS = ['omit', 'same-origin', 'include'];

type Parsed = [json: string, value: unknown];

/**
 * JSON text and its value, parsed again only when the text changes: the same attribute or script
 * keeps giving the same article object, so nothing re-renders or re-announces for nothing.
 */
const reparse = (previous: Parsed | undefined, json: string | null | undefined, path: string): Parsed | undefined =>
  json == null ? undefined : json === previous?.[0] ? previous : [json, parseJson(json, path)];
const TIMEOUT_MS = 10_000;

/**
 * Where an element's article comes from when the `article` property does not give it, by
 * precedence: the `article` attribute (JSON), a child `<script type="application/json">` (or
 * `ld+json`), the `src` URL, then the page's own JSON-LD (`from-page`). Requests are aborted when
 * `src` changes or the element leaves the page, so a slow answer never overwrites a newer one.
 * Loaded on first use (a chunk of its own in the CDN build).
 */
export class ArticleSource implements ReactiveController {
  /** A request for `src` is in flight. */
  loading = false;
  /** The element has light-DOM content of its own (fallback) besides a JSON script. */
  fallback = false;
  #attribute?: Parsed;
  #inline?: Parsed;
  #page: unknown;
  #fetched: unknown;
  #fetchedSrc?: string;
  #request?: AbortController;
  #observer?: MutationObserver;

  constructor(private readonly host: SourceHost) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.host.embedded) return; // given its article by <news-article>
    this.#readChildren();
    this.host.requestUpdate(); // back on the page: a request dropped on leaving is made again
    // The children may still be arriving (a script tag that defined the element ran first).
    this.#observer = new MutationObserver(() => {
      this.#readChildren();
      this.host.requestUpdate();
    });
    this.#observer.observe(this.host, { childList: true, subtree: true, characterData: true });
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#request?.abort();
    this.#request = this.#fetchedSrc = undefined;
    this.loading = false;
  }

  /** The input to show now; starts the request when `src` is the input and has changed. */
  resolve(): unknown {
    const { articleJson, src, fromPage } = this.host;
    this.#attribute = reparse(this.#attribute, articleJson, 'article');
    const input = this.#attribute?.[1] ?? this.#inline?.[1];
    if (input !== undefined) return input;
    if (src) {
      // Only a connected element fetches: one that left the page (or was never on it) waits for its return.
      if (src !== this.#fetchedSrc && this.host.isConnected) this.#fetch(src);
      return this.#fetched;
    }
    return fromPage ? (this.#page ??= pageArticle(document)) : undefined;
  }

  /** The input as an error to show, when it could not be read at all (invalid JSON, a failed request). */
  failed(input: unknown): InputError | undefined {
    return input instanceof InputError ? input : undefined;
  }

  /** The "Loading" line while `src` loads, unless the element has fallback content of its own. */
  loadingView(t?: Labels) {
    return this.loading && !this.fallback ? html`<p part="loading" role="status">${t?.loading}</p>` : nothing;
  }

  /** The error state's Retry button, after a failed request. */
  retryView(input: unknown, t: Labels) {
    return this.failed(input)?.retry ? html`<button part="retry" @click=${this.#retry}>${t.retry}</button>` : nothing;
  }

  /** Requests `src` again. */
  #retry = (): void => {
    this.#fetchedSrc = undefined;
    this.host.requestUpdate();
  };

  #readChildren(): void {
    const { host } = this;
    this.#inline = reparse(this.#inline, inlineText(host), 'script');
    this.fallback = [...host.childNodes].some((node) =>
      node instanceof Element ? node.localName !== 'script' : !!node.textContent?.trim(),
    );
  }

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
