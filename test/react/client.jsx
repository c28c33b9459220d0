// Client-only render: the elements are defined, then React creates them (createRoot).
import { createRoot } from 'react-dom/client';
import '../../lib/index.js';
import { App } from './app.jsx';
import { form, rootOptions } from './errors.js';

createRoot(document.getElementById('root'), rootOptions).render(<App form={form} />);
