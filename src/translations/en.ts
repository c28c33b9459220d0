/** Every text the elements write themselves. */
export interface Labels {
  keyPoints: string;
  tags: string;
  related: string;
  by: string;
  published: string;
  updated: string;
  /** `{time}` stands for the minutes, as `Intl` writes them in the locale ("5 minutes"). */
  readingTime: string;
  error: string;
  loading: string;
  retry: string;
  /** `<news-feed>`'s heading. */
  latest: string;
  /** `<news-feed>`'s button that shows more articles. */
  more: string;
  /** Said to screen readers when More has added articles; `{count}` stands for how many. */
  added: string;
}

export const en: Labels = {
  keyPoints: 'Key points',
  tags: 'Tags',
  related: 'Read also',
  by: 'By',
  published: 'Published',
  updated: 'Updated',
  readingTime: 'Reading time: {time}',
  error: 'This article could not be shown.',
  loading: 'Loading the article…',
  retry: 'Retry',
  latest: 'Latest',
  more: 'More',
  added: 'Articles added: {count}',
};
