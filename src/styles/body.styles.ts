import { css } from 'lit';

/** Styles for what only HTML bodies hold; <news-article> adopts them once it renders one. */
export const bodyStyles = css`
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
`;
