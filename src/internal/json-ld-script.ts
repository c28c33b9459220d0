// Writes <news-article>'s schema.org JSON-LD for search engines into the page's <head>, not into the
// element: its children belong to the page, and a framework (React hydrating, say) checks them.
// Loaded after the first render (a chunk of its own in the CDN build), off the critical path.
import type { NormalizedArticle } from '../types.js';
import { articleJsonLd, scriptJson } from '../pipeline/json-ld-writer.js';
import { JSON_LD_MARK } from '../pipeline/markup.js';

type ScriptPolicy = { createScript(text: string): string };
type TrustedTypesWindow = { trustedTypes?: { createPolicy(name: string, rules: ScriptPolicy): ScriptPolicy } };

// Under Trusted Types even a data script's text must come through a policy. This one lets through
// only what parses as JSON (the JSON-LD written here), and is made once, on first use.
let policy: ScriptPolicy | null | undefined;
function scriptText(text: string): string | undefined {
  try {
    policy ??= (window as TrustedTypesWindow).trustedTypes?.createPolicy('news-article-elements', {
      createScript: (json) => (JSON.parse(json), json),
    });
  } catch {
    policy = null; // the page's trusted-types directive does not allow the name: no JSON-LD here
  }
  return policy === null ? undefined : (policy?.createScript(text) ?? text);
}

/** The block written for each element. */
const blocks = new WeakMap<HTMLElement, Element>();

/**
 * Adds, updates or (with no article) removes the element's own JSON-LD block: the one the server
 * wrote inside the element, else one in <head>.
 */
export function writeJsonLd(host: HTMLElement, article?: NormalizedArticle): void {
  let script = host.querySelector(`:scope>script[${JSON_LD_MARK}]`) ?? blocks.get(host);
  if (!article) return void script?.remove();
  const json = scriptJson(articleJsonLd(article, document.baseURI));
  const text = script?.isConnected && script.textContent === json ? undefined : scriptText(json);
  if (text === undefined) return;
  if (!script) {
    script = document.createElement('script');
    script.setAttribute('type', 'application/ld+json');
    script.toggleAttribute(JSON_LD_MARK, true);
    blocks.set(host, script);
  }
  (script as HTMLScriptElement).text = text;
  if (!script.isConnected) document.head.append(script);
}
