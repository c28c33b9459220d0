import { css } from 'lit';

export const styles = css`
  :host {
    container-type: inline-size;
    line-height: 1.6;
  }
  header {
    display: grid;
    gap: 0.5em;
    margin-block-end: var(--_space);
  }
  [part~='section'] {
    font-size: 0.85em;
    font-weight: 700;
    letter-spacing: 0.05em;
    text-transform: uppercase;
    color: var(--_accent);
  }
  [part~='headline'] {
    font-size: clamp(1.6rem, 1.1rem + 3cqi, 2.6rem);
    line-height: 1.15;
    text-wrap: balance;
  }
  [part~='deck'] {
    font-size: 1.2em;
    line-height: 1.35;
  }
  [part~='description'] {
    font-size: 1.1em;
    color: var(--_muted);
  }
  [part~='meta'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
  }
  figure {
    margin-block: var(--_space);
  }
  figure img {
    inline-size: 100%;
    border-radius: calc(var(--_radius) / 2);
  }
  figcaption {
    margin-block-start: 0.5em;
    font-size: 0.875em;
    color: var(--_muted);
  }
  [part~='body'] > * + * {
    margin-block-start: 1em;
  }
  [part~='body'] :is(h2, h3, h4, h5, h6) {
    margin-block-start: 1.5em;
    font-size: 1.25em;
  }
  blockquote {
    margin-inline: 0;
    padding-inline-start: 1em;
    border-inline-start: 3px solid var(--_border);
  }
  pre,
  table {
    display: block;
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
  }
  td,
  th {
    padding: 0.25em 0.5em;
    border: 1px solid var(--_border);
  }
  [part~='dateline'] {
    font-weight: 700;
    text-transform: uppercase;
  }
  @media print {
    [part~='related'],
    news-related {
      display: none;
    }
  }
`;
