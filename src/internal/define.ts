/** Whether Lit's hydration support is on: set once server-rendered elements were found on the page. */
export const hydration = { enabled: false };

// Settles when the elements may be defined (see whenReady); undefined when they may be at once.
let ready: Promise<unknown> | undefined | null = null;

/** This library's elements on the page that are not defined yet. */
export const pendingElements = (): HTMLElement[] =>
  [...document.querySelectorAll<HTMLElement>(':not(:defined)')].filter((el) => el.localName.startsWith('news-'));

/**
 * Registers a tag once. A second copy of the library (the CDN bundle next to an npm build, or the
 * same script loaded twice) finds the tag taken and leaves the first definition in place. On a
 * page with server-rendered elements, every tag is defined once Lit's hydration support (a chunk)
 * has loaded, so that each element takes over the server's DOM instead of rendering it again.
 */
export function define(name: string, constructor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  if (ready === null) ready = typeof document === 'undefined' ? undefined : whenReady();
  const register = () => customElements.get(name) || customElements.define(name, constructor);
  if (ready) {
    // Without the support (its chunk failed to load), server-rendered elements are rendered afresh.
    void ready.then(register, (error: unknown) => (console.warn(error), register()));
  } else register();
}

/**
 * When the elements may be defined: at once on a parsed page without server-rendered elements.
 * While the page is still loading (an `async` script, or a classic one in the head), not before it
 * is parsed, so that every element is whole, its server-rendered shadow root and data included.
 */
function whenReady(): Promise<unknown> | undefined {
  if (document.readyState !== 'loading') return hydrateIfServerRendered();
  return new Promise((resolve) =>
    document.addEventListener('DOMContentLoaded', () => resolve(hydrateIfServerRendered())),
  );
}

/** Loads Lit's hydration support when the page holds server-rendered elements. */
function hydrateIfServerRendered(): Promise<void> | undefined {
  // A server-rendered element has its declarative shadow root before it is defined.
  if (!pendingElements().some((el) => el.shadowRoot)) return undefined;
  return import('./hydrate.js').then(({ enableHydration }) => enableHydration(hydration));
}
