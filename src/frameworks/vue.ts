// Template typings for Vue 3 (vue-tsc, Volar): `import type {} from 'news-article-elements/vue'` once
// in a project. Vue must also treat the tags as custom elements (`isCustomElement`, see the README).
import type { DefineComponent } from 'vue';
import type { CamelCased, NewsElementsAttributes, VueEventHandlers } from './attributes.js';

type VueComponent<Tag extends keyof NewsElementsAttributes> = DefineComponent<
  CamelCased<NewsElementsAttributes[Tag]> & VueEventHandlers<Tag>
>;

declare module 'vue' {
  interface GlobalComponents {
    'news-article': VueComponent<'news-article'>;
    'news-card': VueComponent<'news-card'>;
    'news-tags': VueComponent<'news-tags'>;
    'news-key-points': VueComponent<'news-key-points'>;
    'news-related': VueComponent<'news-related'>;
    'news-feed': VueComponent<'news-feed'>;
  }
}
