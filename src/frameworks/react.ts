// JSX typings for React 19: `import type {} from 'news-article-elements/react'` once in a project.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { NewsElementClasses, NewsElementsAttributes, OnEventHandlers } from './attributes.js';

type ReactProps<Tag extends keyof NewsElementsAttributes> = Omit<
  DetailedHTMLProps<HTMLAttributes<NewsElementClasses[Tag]>, NewsElementClasses[Tag]>,
  keyof NewsElementsAttributes[Tag]
> &
  NewsElementsAttributes[Tag] &
  OnEventHandlers<Tag>;

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'news-article': ReactProps<'news-article'>;
      'news-card': ReactProps<'news-card'>;
      'news-tags': ReactProps<'news-tags'>;
      'news-key-points': ReactProps<'news-key-points'>;
      'news-related': ReactProps<'news-related'>;
      'news-feed': ReactProps<'news-feed'>;
    }
  }
}
