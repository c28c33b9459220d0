import { define } from '../../internal/define.js';
import { NewsCard } from './news-card.component.js';

export { NewsCard };
export type * from '../../events.js';
define('news-card', NewsCard);

declare global {
  interface HTMLElementTagNameMap {
    'news-card': NewsCard;
  }
}
