import { css } from 'lit';

/**
 * The base every element shares. Colours derive from the page's own text colour, so an element
 * looks at home on a light or a dark page with no setting; every `--news-*` property overrides one.
 */
export const sharedStyles = css`
  :host {
    --_accent: var(--news-color-accent, currentColor);
    --_muted: var(--news-color-muted, color-mix(in srgb, currentColor 72%, transparent));
    --_border: var(--news-color-border, color-mix(in srgb, currentColor 20%, transparent));
    --_surface: var(--news-color-surface, color-mix(in srgb, currentColor 6%, transparent));
    --_space: var(--news-space, 1rem);
    --_radius: var(--news-radius, 0.5rem);
    display: block;
    /* Unset, these two inherit the page's font and colour (an invalid var() falls back to inherit). */
    font-family: var(--news-font-family);
    color: var(--news-color-text);
    /* A long word or URL breaks where it must (and a grid or flex item may shrink below it);
       words are hyphenated by the text's language where the browser knows it. */
    overflow-wrap: anywhere;
    hyphens: auto;
  }
  :host([hidden]) {
    display: none;
  }
  /* theme="light" / "dark": a fixed palette (the system's colours for that scheme), not the page's. */
  :host([theme]) {
    padding: var(--_space);
    border-radius: var(--_radius);
    color: var(--news-color-text, CanvasText);
    background: var(--news-color-background, Canvas);
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  * {
    box-sizing: border-box;
  }
  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: 0;
    font-family: var(--news-headline-font-family);
    line-height: 1.2;
  }
  p,
  ul,
  ol,
  figure {
    margin: 0;
  }
  a {
    color: var(--_accent);
    text-underline-offset: 0.15em;
  }
  a:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  img {
    display: block;
    max-inline-size: 100%;
    block-size: auto;
  }
  [part~='meta'] {
    color: var(--_muted);
    font-size: 0.875em;
  }
  /* Kickers and the small headings of tags, key points and related links. */
  [part~='section'],
  [part~='heading'] {
    font-size: 0.8rem;
    font-weight: 700;
    letter-spacing: 0.05em;
    text-transform: uppercase;
    color: var(--_muted);
  }
  [part~='error'] {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-inline-start: 4px solid currentColor;
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  [part~='error'] small {
    display: block;
    color: var(--_muted);
  }
  /* On paper: no accent colour, and a fixed theme prints dark on light (browsers drop backgrounds). */
  @media print {
    :host {
      --_accent: currentColor;
    }
    :host([theme]) {
      color-scheme: light;
    }
  }
`;

/** The small titled block that tags, key points and related links share. */
export const sliceStyles = css`
  .slice {
    margin-block: var(--_space);
  }
  [part~='heading'] {
    margin-block-end: calc(var(--_space) / 2);
  }
`;
