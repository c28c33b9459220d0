import { define } from '../../internal/define.js';
import { NewsTags } from './news-tags.component.js';

export { NewsTags };
export type * from '../../events.js';
define('news-tags', NewsTags);

declare global {
  interface HTMLElementTagNameMap {
    'news-tags': NewsTags;
  }
}
