/** Dispatches a `bubbles: true, composed: true` CustomEvent; returns false when it was cancelled. */
export function emit<T>(target: EventTarget, name: string, detail: T, cancelable = false): boolean {
  return target.dispatchEvent(new CustomEvent<T>(name, { bubbles: true, composed: true, cancelable, detail }));
}
