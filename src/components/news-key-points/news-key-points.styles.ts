import { css } from 'lit';

export const styles = css`
  .slice {
    padding: var(--_space);
    border-inline-start: 4px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  ol {
    display: grid;
    gap: 0.5em;
    margin: 0;
    padding-inline-start: 1.5em;
  }
  li::marker {
    color: var(--_accent);
    font-weight: 700;
  }
`;
