import { css } from 'lit';

export const styles = css`
  :host {
    container-type: inline-size;
  }
  article {
    position: relative;
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.75);
    block-size: 100%;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .text {
    display: grid;
    gap: 0.4em;
    align-content: start;
    flex: 1;
  }
  img {
    order: -1;
    inline-size: 100%;
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
  @container (min-width: 34rem) {
    article {
      flex-direction: row;
      align-items: start;
    }
    img {
      inline-size: 38%;
    }
  }
`;
