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
};
