import { nothing } from 'lit';
import { html, unsafeStatic, type StaticValue } from 'lit/static-html.js';

const tags: StaticValue[] = [1, 2, 3, 4, 5, 6].map((n) => unsafeStatic(`h${n}`));

/** Clamps a `heading-level` attribute value to 1–6; anything else falls back to `fallback`. */
export function headingLevel(value: number | undefined, fallback: number): number {
  return Number.isInteger(value) ? Math.min(6, Math.max(1, value as number)) : fallback;
}

/** `<h1>`…`<h6>` by level, so an embed fits the host page's outline. */
export function heading(level: number, part: string, content: unknown, id?: string) {
  const tag = tags[level - 1];
  // A static tag name (lit/static-html), which the lit lint rules cannot see through.
  // eslint-disable-next-line lit/binding-positions, lit/no-invalid-html
  return html`<${tag} part=${part} id=${id ?? nothing}>${content}</${tag}>`;
}
