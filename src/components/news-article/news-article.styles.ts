import { css } from 'lit';

export const styles = css`
  :host {
    container-type: inline-size;
    line-height: 1.6;
  }
  header {
    display: flex;
    flex-direction: column;
    gap: 0.5em;
    margin-block-end: var(--_space);
  }
  [part~='section'] {
    color: var(--_accent);
  }
  [part~='headline'] {
    font-size: clamp(1.6rem, 1.1rem + 3cqi, 2.6rem);
    line-height: 1.15;
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
  [part~='dateline'] {
    font-weight: 700;
    text-transform: uppercase;
  }
  @media print {
    news-related {
      display: none;
    }
  }
`;
