import type { Labels } from './en.js';

/** French. */
export const fr: Labels = {
  keyPoints: 'Points clés',
  tags: 'Mots-clés',
  related: 'À lire aussi',
  by: 'Par',
  published: 'Publié le',
  updated: 'Mis à jour le',
  readingTime: '{time} de lecture',
  error: 'Cet article ne peut pas être affiché.',
  loading: 'Chargement de l’article…',
  retry: 'Réessayer',
  latest: 'Dernières actualités',
  more: 'Plus',
  added: 'Articles ajoutés : {count}',
};
