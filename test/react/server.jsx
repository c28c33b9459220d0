// The app for Node, bundled by react-middleware.mjs with React itself (in production mode).
import { renderToPipeableStream, renderToString } from 'react-dom/server';
import { App } from './app.jsx';

export { renderToPipeableStream, renderToString };

/** The app as both server renderers take it. */
export const app = (form) => <App form={form} />;
