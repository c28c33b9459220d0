import { css } from 'lit';

export const styles = css`
  /* Image beside the text from 34rem of the card's own width, above it when narrower: a wrapping
     flex row whose items take a whole line each below that width. No container query, so no size
     containment, which made a page of cards lay out twice as slowly. */
  article {
    position: relative;
    display: flex;
    flex-wrap: wrap;
    align-items: start;
    gap: calc(var(--_space) * 0.75);
    block-size: 100%;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .text,
  img {
    /* Above 34rem of the card (its padding and border taken off), a flex basis of 0: side by side;
       below, a huge one: a line each. */
    flex: 62 1 calc((34rem - 2 * var(--_space) - 2px - 100%) * 999);
  }
  /* A flex column rather than a grid: the same gaps, and a page of cards lays out faster. */
  .text {
    display: flex;
    flex-direction: column;
    gap: 0.4em;
  }
  img {
    order: -1;
    flex-grow: 38;
    min-inline-size: 0;
    aspect-ratio: 16/9;
    object-fit: cover;
    border-radius: calc(var(--_radius) / 2);
  }
  [part~='headline'] {
    font-size: 1.25em;
  }
  [part~='link']:not(:hover) {
    text-decoration: none;
  }
  /* The headline link covers the whole card: one link, one tab stop, the whole card clickable. */
  [part~='link']::after {
    content: '';
    position: absolute;
    inset: 0;
    border-radius: var(--_radius);
  }
  [part~='link']:focus-visible {
    outline: none;
  }
  [part~='link']:focus-visible::after {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  [part~='meta'] > * + *::before {
    content: ' · ';
  }
`;
