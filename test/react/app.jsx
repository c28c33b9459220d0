// A small React 19 app using the elements in the one documented JSX form: the article as a JSON
// string in `article`, and `onnews-load` for the event. Rendered in the browser (createRoot), and on
// the server (renderToString, renderToPipeableStream) then hydrated (hydrateRoot); see react.test.ts.
import { useState } from 'react';
import article from '../../demo/articles/railway-deal.json';

export { article };

/**
 * `form: 'object'` passes the article object instead of its JSON: fine in a client render (React
 * sets the property), but React does not render an object as an attribute on the server.
 */
export function App({ form = 'string' }) {
  const [loaded, setLoaded] = useState('');
  const value = form === 'object' ? article : JSON.stringify(article);
  return (
    <main>
      <news-article article={value} onnews-load={(e) => setLoaded(e.detail.article.headline)}></news-article>
      <news-card article={value}></news-card>
      <p data-testid="loaded">{loaded}</p>
    </main>
  );
}
