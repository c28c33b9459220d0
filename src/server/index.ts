// news-article-elements/server (Node 20+, no browser): the elements rendered to HTML for a server
// or a static site, with the same article pipeline the browser runs.
export { renderToString, type RenderResult } from './render.js';
export { renderPage, type PageOptions } from './page.js';
export type { RenderOptions } from './options.js';
export { ELEMENTS, type ElementName } from './elements.js';
export { articleJsonLd, scriptJson } from '../pipeline/json-ld-writer.js';
export { articleJson } from '../pipeline/article-json.js';
export { normalizeArticle, loadJsonLd, LIMITS } from '../pipeline/normalize.js';
export { formatOf, loadFormat } from '../pipeline/formats.js';
export { VERSION, CDN_SCRIPT } from './version.js';
export type * from '../types.js';
