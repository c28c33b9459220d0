import type { Labels } from './en.js';

/** Spanish. */
export const es: Labels = {
  keyPoints: 'Puntos clave',
  tags: 'Etiquetas',
  related: 'Lee también',
  by: 'Por',
  published: 'Publicado el',
  updated: 'Actualizado el',
  readingTime: '{time} de lectura',
  error: 'No se puede mostrar este artículo.',
  loading: 'Cargando el artículo…',
  retry: 'Reintentar',
  latest: 'Lo último',
  more: 'Más',
  added: 'Artículos añadidos: {count}',
};
