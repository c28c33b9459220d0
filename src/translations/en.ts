/** Every text the elements write themselves. */
export interface Labels {
  keyPoints: string;
  tags: string;
  related: string;
  by: string;
  published: string;
  updated: string;
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
  error: 'This article could not be shown.',
  loading: 'Loading the article…',
  retry: 'Retry',
};
