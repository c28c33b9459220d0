// Template typings for Svelte 5 (svelte-check): `import type {} from 'news-article-elements/svelte'`
// once in a project.
import type { HTMLAttributes } from 'svelte/elements';
import type { NewsElementClasses, TemplateElements } from './attributes.js';

type SvelteElements = TemplateElements<{ [Tag in keyof NewsElementClasses]: HTMLAttributes<NewsElementClasses[Tag]> }>;

declare module 'svelte/elements' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface SvelteHTMLElements extends SvelteElements {}
}
