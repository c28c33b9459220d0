import { define } from '../../internal/define.js';
import { NewsRelated } from './news-related.component.js';

export { NewsRelated };
define('news-related', NewsRelated);

declare global {
  interface HTMLElementTagNameMap {
    'news-related': NewsRelated;
  }
}
