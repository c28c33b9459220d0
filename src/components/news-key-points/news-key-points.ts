import { define } from '../../internal/define.js';
import { NewsKeyPoints } from './news-key-points.component.js';

export { NewsKeyPoints };
export type * from '../../events.js';
define('news-key-points', NewsKeyPoints);

declare global {
  interface HTMLElementTagNameMap {
    'news-key-points': NewsKeyPoints;
  }
}
