import type { Labels } from './en.js';

/** Kazakh. */
export const kk: Labels = {
  keyPoints: 'Негізгі ойлар',
  tags: 'Тегтер',
  related: 'Сондай-ақ оқыңыз',
  by: 'Авторы:',
  published: 'Жарияланды',
  updated: 'Жаңартылды',
  readingTime: 'Оқу уақыты: {time}',
  error: 'Бұл мақаланы көрсету мүмкін болмады.',
  loading: 'Мақала жүктелуде…',
  retry: 'Қайталау',
  latest: 'Соңғы жаңалықтар',
  more: 'Тағы',
  added: 'Қосылған мақалалар: {count}',
};
