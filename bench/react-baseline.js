// The React 19 baseline: the same card markup as <news-card> renders, in the light DOM, styled by
// one stylesheet for the page, as a React site renders its teasers. No normalization or safety.
import { createElement as h } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';

const date = new Intl.DateTimeFormat('en', { dateStyle: 'medium' });
const style = document.createElement('style');
style.textContent = `
  .card { position: relative; display: flex; flex-wrap: wrap; align-items: start; gap: .75rem;
    padding: 1rem; border: 1px solid color-mix(in srgb, currentColor 20%, transparent); border-radius: .5rem }
  .card .text { display: grid; gap: .4em; align-content: start; flex: 62 1 calc((34rem - 2rem - 2px - 100%) * 999) }
  .card h3 { margin: 0; font-size: 1.25em; line-height: 1.2 }
  .card p { margin: 0 }
  .card a { color: currentColor; text-decoration: none }
  .card a::after { content: ''; position: absolute; inset: 0 }
  .card .meta { font-size: .875em; color: color-mix(in srgb, currentColor 72%, transparent) }`;
document.head.append(style);

const Card = ({ article: { headline, url, description, datePublished } }) =>
  h(
    'article',
    { className: 'card' },
    h(
      'div',
      { className: 'text' },
      h('h3', null, h('a', { href: url }, headline)),
      h('p', null, description),
      h('p', { className: 'meta' }, h('time', { dateTime: datePublished }, date.format(new Date(datePublished)))),
    ),
  );

/** Renders one card per article into `host`, synchronously, as the Lit cases are awaited. */
window.renderReactCards = (host, articles) => {
  const root = createRoot(host);
  flushSync(() => root.render(articles.map((article, i) => h(Card, { key: i, article }))));
  return root;
};
