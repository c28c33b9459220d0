// JSX typings for React 19: `import type {} from 'news-article-elements/react'` once in a project.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { NewsElementClasses, TemplateElements } from './attributes.js';

type ReactElements = TemplateElements<{
  [Tag in keyof NewsElementClasses]: DetailedHTMLProps<
    HTMLAttributes<NewsElementClasses[Tag]>,
    NewsElementClasses[Tag]
  >;
}>;

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends ReactElements {}
  }
}
