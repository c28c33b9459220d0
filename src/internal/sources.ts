// Reading an article from a URL or the page. Loaded on first use with RemoteSource (a chunk of its
// own in the CDN build): elements given their article by the property or inline data never load it.
import { InputError, failure } from './input-error.js';
import { parseJson } from './inline-data.js';

/** Every JSON-LD block on the page, as one list in which the JSON-LD reader finds the Article node. */
export function pageArticle(doc: Document): unknown {
  const nodes = [...doc.querySelectorAll('script[type="application/ld+json"]')]
    .map((script) => parseJson(script.textContent ?? '', 'from-page'))
    .filter((value) => !(value instanceof InputError));
  return nodes.length ? nodes.flat() : failure('from-page', 'no JSON-LD block on the page');
}

const XML = 'http://www.w3.org/XML/1998/namespace';

export interface FetchOptions {
  credentials: RequestCredentials;
  /** Milliseconds before the request is given up. */
  timeout: number;
  /** Aborts the request (the element's `src` changed, or it left the page). */
  signal: AbortSignal;
}

/** Fetches article JSON (or a feed's XML); resolves to its value, or to an InputError naming what failed. Never rejects. */
export async function fetchArticle(url: string, { credentials, timeout, signal }: FetchOptions): Promise<unknown> {
  const controller = new AbortController();
  const abort = () => controller.abort();
  signal.addEventListener('abort', abort);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    abort();
  }, timeout);
  try {
    const response = await fetch(url, { credentials, signal: controller.signal });
    if (!response.ok) return failure('src', `HTTP ${response.status} from ${url}`, true);
    const text = await response.text();
    // A web page where data was expected (a wrong URL that the site answers with a page, say).
    if (/html/i.test(response.headers.get('content-type') ?? '') || /^\s*<(?:!doctype html|html)\b/i.test(text)) {
      return failure('src', `the response from ${url} is a web page, not article JSON or a feed`, true);
    }
    // An RSS or Atom feed, for <news-feed>: XML by its type or its first character (an XML
    // document never runs scripts). Its links are relative to where it came from (RFC 4287 §2).
    if (/xml/i.test(response.headers.get('content-type') ?? '') || /^\s*</.test(text)) {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      if (doc.getElementsByTagName('parsererror').length) {
        return failure('src', `the response from ${url} is not valid XML`, true);
      }
      const root = doc.documentElement;
      const base = new URL(root.getAttributeNS(XML, 'base') ?? '', response.url || new URL(url, document.baseURI));
      root.setAttributeNS(XML, 'xml:base', base.href);
      return doc;
    }
    const json = parseJson(text, 'src');
    return json instanceof InputError ? failure('src', `the response from ${url} is not valid JSON`, true) : json;
  } catch {
    return failure('src', timedOut ? `no answer from ${url} within ${timeout} ms` : `could not load ${url}`, true);
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', abort);
  }
}
