// The article in the markup: the `article` attribute or a child JSON (or JSON-LD) script. Read in
// the main bundle, so inline data renders at upgrade with no request in between.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { JSON_LD_MARK } from '../pipeline/markup.js';
import { failure } from './input-error.js';

export interface InlineHost extends ReactiveControllerHost, HTMLElement {
  articleJson?: string;
}

type Parsed = [json: string, value: unknown];

/** JSON text as its value, or the error naming `path` when it is not JSON. */
export function parseJson(text: string, path: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return failure(path, 'not valid JSON');
  }
}

/**
 * JSON text and its value, parsed again only when the text changes: the same attribute or script
 * keeps giving the same article object, so nothing re-renders or re-announces for nothing.
 */
const reparse = (previous: Parsed | undefined, json: string | null | undefined, path: string): Parsed | undefined =>
  json == null ? undefined : json === previous?.[0] ? previous : [json, parseJson(json, path)];

/**
 * The text of the element's own child `<script type="application/json">` (or `application/ld+json`),
 * leaving out the JSON-LD block <news-article> writes for search engines from its article.
 */
function inlineText(host: Element): string | undefined {
  const script = host.querySelector(
    `:scope>script[type="application/json"],:scope>script[type="application/ld+json"]:not([${JSON_LD_MARK}])`,
  );
  return script ? (script.textContent ?? '') : undefined;
}

/**
 * Reads the attribute, else the child script, whenever the element updates; once it has been
 * asked, it also watches the element's children (a script a CMS adds or rewrites later).
 */
export class InlineData implements ReactiveController {
  #attribute?: Parsed;
  #script?: Parsed;
  #property?: Parsed;
  #observer?: MutationObserver;

  constructor(private readonly host: InlineHost) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#observer?.observe(this.host, { childList: true, subtree: true, characterData: true });
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
  }

  /**
   * The article a JSON string in the `article` property gives (React renders strings on the server);
   * XML text (an RSS or Atom feed, for <news-feed>) as it is.
   */
  property(json: string): unknown {
    return json.trim()[0] == '<' ? json : (this.#property = reparse(this.#property, json, 'article'))![1];
  }

  /** The article the attribute or the child script gives now (undefined: neither). */
  read(): unknown {
    const { host } = this;
    if (!this.#observer) {
      this.#observer = new MutationObserver(() => host.requestUpdate());
      if (host.isConnected) this.hostConnected();
    }
    this.#attribute = reparse(this.#attribute, host.articleJson, 'article');
    this.#script = reparse(this.#script, inlineText(host), 'script');
    return this.#attribute?.[1] ?? this.#script?.[1];
  }
}
