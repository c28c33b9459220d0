// Template typings for Svelte 5 (svelte-check): `import type {} from 'news-article-elements/svelte'`
// once in a project.
import type { HTMLAttributes } from 'svelte/elements';
import type { NewsElementClasses, NewsElementsAttributes, OnEventHandlers } from './attributes.js';

type SvelteProps<Tag extends keyof NewsElementsAttributes> = Omit<
  HTMLAttributes<NewsElementClasses[Tag]>,
  keyof NewsElementsAttributes[Tag]
> &
  NewsElementsAttributes[Tag] &
  OnEventHandlers<Tag>;

declare module 'svelte/elements' {
  interface SvelteHTMLElements {
    'news-article': SvelteProps<'news-article'>;
    'news-card': SvelteProps<'news-card'>;
    'news-tags': SvelteProps<'news-tags'>;
    'news-key-points': SvelteProps<'news-key-points'>;
    'news-related': SvelteProps<'news-related'>;
    'news-feed': SvelteProps<'news-feed'>;
  }
}
