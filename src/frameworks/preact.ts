// JSX typings for Preact: `import type {} from 'news-article-elements/preact'` once in a project.
import type { HTMLAttributes } from 'preact';
import type { NewsElementClasses, NewsElementsAttributes, OnEventHandlers } from './attributes.js';

type PreactProps<Tag extends keyof NewsElementsAttributes> = Omit<
  HTMLAttributes<NewsElementClasses[Tag]>,
  keyof NewsElementsAttributes[Tag]
> &
  NewsElementsAttributes[Tag] &
  OnEventHandlers<Tag>;

declare module 'preact' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'news-article': PreactProps<'news-article'>;
      'news-card': PreactProps<'news-card'>;
      'news-tags': PreactProps<'news-tags'>;
      'news-key-points': PreactProps<'news-key-points'>;
      'news-related': PreactProps<'news-related'>;
      'news-feed': PreactProps<'news-feed'>;
    }
  }
}
