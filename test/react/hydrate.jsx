// Server-rendered page (renderToString or renderToPipeableStream): React hydrates the server's
// markup in place (hydrateRoot), then the elements are defined, after one more render: React 19
// does not attach the `on…` handlers of custom elements while hydrating
// (https://github.com/facebook/react/issues/35446), only in a later render, so elements defined
// sooner send their first news-load unheard (`?rerender=0` and `?elements=first` show it; the
// latter also shows that hydration itself is unharmed by elements defined before it).
import { useEffect, useState } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { App } from './app.jsx';
import { form, rootOptions } from './errors.js';

const params = new URLSearchParams(location.search);
const defineElements = () => import('../../lib/index.js').then(() => void (window.elementsDefined = true));
if (params.get('elements') === 'first') await defineElements();

function Page() {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => {
    if (!hydrated && params.get('rerender') !== '0') setHydrated(true);
    else void defineElements();
  }, [hydrated]);
  return <App form={form} />;
}

const root = document.getElementById('root');
window.serverNodes = [...root.querySelectorAll('*')];
hydrateRoot(root, <Page />, rootOptions);
