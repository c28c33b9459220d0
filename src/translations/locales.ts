// The built-in locales besides English, in one chunk loaded the first time a page needs any of them.
export { ar } from './ar.js';
export { de } from './de.js';
export { es } from './es.js';
export { fr } from './fr.js';
export { kk } from './kk.js';
export { ru } from './ru.js';
export { zh } from './zh.js';
