import type { Labels } from './en.js';

/** Arabic. */
export const ar: Labels = {
  keyPoints: 'أبرز النقاط',
  tags: 'الوسوم',
  related: 'اقرأ أيضًا',
  by: 'بقلم',
  published: 'نُشر في',
  updated: 'حُدّث في',
  readingTime: 'مدة القراءة: {time}',
  error: 'تعذّر عرض هذا المقال.',
  loading: 'جارٍ تحميل المقال…',
  retry: 'إعادة المحاولة',
  latest: 'الأحدث',
  more: 'المزيد',
  added: 'المقالات المضافة: {count}',
};
