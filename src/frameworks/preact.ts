// JSX typings for Preact: `import type {} from 'news-article-elements/preact'` once in a project.
import type { HTMLAttributes } from 'preact';
import type { NewsElementClasses, TemplateElements } from './attributes.js';

type PreactElements = TemplateElements<{ [Tag in keyof NewsElementClasses]: HTMLAttributes<NewsElementClasses[Tag]> }>;

declare module 'preact' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends PreactElements {}
  }
}
