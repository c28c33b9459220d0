import type { Labels } from './en.js';

/** German. */
export const de: Labels = {
  keyPoints: 'Das Wichtigste',
  tags: 'Schlagwörter',
  related: 'Lesen Sie auch',
  by: 'Von',
  published: 'Veröffentlicht',
  updated: 'Aktualisiert',
  readingTime: 'Lesezeit: {time}',
  error: 'Dieser Artikel kann nicht angezeigt werden.',
  loading: 'Der Artikel wird geladen…',
  retry: 'Erneut versuchen',
  latest: 'Neueste Artikel',
  more: 'Mehr',
  added: 'Weitere Artikel: {count}',
};
