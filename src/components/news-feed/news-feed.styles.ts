import { css } from 'lit';

export const styles = css`
  ul {
    display: grid;
    gap: var(--_space);
    padding: 0;
    list-style: none;
  }
  /* As many columns of at least 18rem as fit; one on a phone. */
  .grid {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 18rem), 1fr));
  }
  li:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
    border-radius: var(--_radius);
  }
  news-card {
    block-size: 100%;
  }
  [part~='more'],
  [part~='retry'] {
    margin-block-start: var(--_space);
    margin-inline-end: calc(var(--_space) / 2);
    font: inherit;
  }
  [role='status'] {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
