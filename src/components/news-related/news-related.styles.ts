import { css } from 'lit';

export const styles = css`
  ul {
    display: grid;
    gap: 0.75em;
    padding: 0;
    list-style: none;
  }
  li {
    padding-block-start: 0.75em;
    border-block-start: 1px solid var(--_border);
  }
  [part~='link'] {
    font-weight: 600;
  }
  time {
    display: block;
    color: var(--_muted);
    font-size: 0.875em;
  }
`;
