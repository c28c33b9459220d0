/**
 * Registers a tag once. A second copy of the library (the CDN bundle next to an npm build, or the
 * same script loaded twice) finds the tag taken and leaves the first definition in place.
 */
export function define(name: string, constructor: CustomElementConstructor): void {
  if (typeof customElements !== 'undefined' && !customElements.get(name)) {
    customElements.define(name, constructor);
  }
}
