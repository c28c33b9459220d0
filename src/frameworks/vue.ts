// Template typings for Vue 3 (vue-tsc, Volar): `import type {} from 'news-article-elements/vue'` once
// in a project. Vue must also treat the tags as custom elements (`isCustomElement`, see the README).
import type { DefineComponent } from 'vue';
import type { CamelCased, NewsElementsAttributes, VueEventHandlers } from './attributes.js';

type VueComponents = {
  [Tag in keyof NewsElementsAttributes]: DefineComponent<
    CamelCased<NewsElementsAttributes[Tag]> & VueEventHandlers<Tag>
  >;
};

declare module 'vue' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalComponents extends VueComponents {}
}
