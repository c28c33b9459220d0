/** Whether Lit's hydration support is on: set once server-rendered elements were found on the page. */
export const hydration = { enabled: false };

// Set when the page holds server-rendered elements: their definitions wait for the support to load.
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
  if (ready === null) {
    ready =
      // A server-rendered element has its declarative shadow root before it is defined.
      typeof document !== 'undefined' && pendingElements().some((el) => el.shadowRoot)
        ? // The server writes each element's article in a child script: its reader loads alongside.
          Promise.all([import('./hydrate.js'), import('./article-source.js')]).then(([{ enableHydration }]) =>
            enableHydration(hydration),
          )
        : undefined;
  }
  const register = () => customElements.get(name) || customElements.define(name, constructor);
  if (ready) {
    // Without the support (its chunk failed to load), server-rendered elements are rendered afresh.
    void ready.then(register, (error: unknown) => (console.warn(error), register()));
  } else register();
}
