import { html, nothing, type TemplateResult } from 'lit';

type Heading = (part: unknown, content: unknown, id: unknown) => TemplateResult;

// One template per level: smaller than lit/static-html, and each is a plain, cached Lit template.
const headings: Heading[] = [
  (part, content, id) => html`<h1 part=${part} id=${id}>${content}</h1>`,
  (part, content, id) => html`<h2 part=${part} id=${id}>${content}</h2>`,
  (part, content, id) => html`<h3 part=${part} id=${id}>${content}</h3>`,
  (part, content, id) => html`<h4 part=${part} id=${id}>${content}</h4>`,
  (part, content, id) => html`<h5 part=${part} id=${id}>${content}</h5>`,
  (part, content, id) => html`<h6 part=${part} id=${id}>${content}</h6>`,
];

/** Clamps a `heading-level` attribute value to 1–6; anything else falls back to `fallback`. */
export function headingLevel(value: number | undefined, fallback: number): number {
  return Number.isInteger(value) ? Math.min(6, Math.max(1, value as number)) : fallback;
}

/** `<h1>`…`<h6>` by level, so an embed fits the host page's outline. */
export function heading(level: number, part: string | typeof nothing, content: unknown, id?: string): TemplateResult {
  return headings[level - 1](part, content, id ?? nothing);
}
