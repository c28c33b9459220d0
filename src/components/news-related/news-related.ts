import { define } from '../../internal/define.js';
import { NewsRelated } from './news-related.component.js';

export { NewsRelated };
export type * from '../../events.js';
define('news-related', NewsRelated);

declare global {
  interface HTMLElementTagNameMap {
    'news-related': NewsRelated;
  }
}
