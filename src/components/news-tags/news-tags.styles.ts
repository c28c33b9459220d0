import { css } from 'lit';

export const styles = css`
  ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    padding: 0;
    list-style: none;
  }
  [part~='tag'] {
    display: inline-block;
    padding: 0.2em 0.75em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface);
    font-size: 0.875em;
    text-decoration: none;
  }
  a[part~='tag'] {
    color: var(--_accent);
  }
`;
