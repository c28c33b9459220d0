import type { Labels } from './en.js';

/** Chinese (Simplified). */
export const zh: Labels = {
  keyPoints: '要点',
  tags: '标签',
  related: '延伸阅读',
  by: '作者：',
  published: '发布于',
  updated: '更新于',
  readingTime: '阅读时间：{time}',
  error: '无法显示这篇文章。',
  loading: '正在加载文章…',
  retry: '重试',
  latest: '最新',
  more: '更多',
  added: '已添加文章：{count}',
};
