// Loaded only on pages with server-rendered elements (see define.ts): Lit's hydration support, so
// that each element takes over the DOM the server wrote instead of rendering it again.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { LitElement, adoptStyles, render, type PropertyValues } from 'lit';

type HydrateSupport = (lit: { LitElement: typeof LitElement }) => void;
type Hydratable = LitElement & { _$needsHydration?: boolean; renderRoot: ShadowRoot & { _$litPart$?: unknown } };

/** Patches this copy of Lit for hydration (once), then says so. */
export function enableHydration(state: { enabled: boolean }): void {
  // Lit calls the support itself when it is loaded before Lit (it then gives LitElement its own
  // observedAttributes, with `defer-hydration`); here Lit came first, so the support is called now.
  if (!Object.hasOwn(LitElement, 'observedAttributes')) {
    (globalThis as { litElementHydrateSupport?: HydrateSupport }).litElementHydrateSupport!({ LitElement });
  }
  const hydratingUpdate = LitElement.prototype['update'];
  LitElement.prototype['update'] = function (this: Hydratable, changed: PropertyValues) {
    const hydrating = this._$needsHydration;
    try {
      hydratingUpdate.call(this, changed);
    } catch (error) {
      if (!hydrating) throw error;
      // The server's DOM is not what this page renders (another version of the library wrote it,
      // say): render afresh rather than leave the element half taken over.
      console.warn(`<${this.localName}> could not take over its server-rendered DOM; rendered it again.`, error);
      const root = this.renderRoot;
      root.replaceChildren();
      root._$litPart$ = undefined;
      adoptStyles(root, (this.constructor as typeof LitElement).elementStyles);
      render((this as unknown as { render(): unknown }).render(), root, this.renderOptions);
    }
  };
  state.enabled = true;
}
