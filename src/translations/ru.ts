import type { Labels } from './en.js';

/** Russian. */
export const ru: Labels = {
  keyPoints: 'Главное',
  tags: 'Теги',
  related: 'Читайте также',
  by: 'Текст:',
  published: 'Опубликовано',
  updated: 'Обновлено',
  readingTime: '{time} чтения',
  error: 'Не удалось показать эту статью.',
  loading: 'Статья загружается…',
  retry: 'Повторить',
  latest: 'Последние новости',
  more: 'Ещё',
  added: 'Добавлено статей: {count}',
};
