import { define } from '../../internal/define.js';
import '../news-key-points/news-key-points.js';
import '../news-tags/news-tags.js';
import '../news-related/news-related.js';
import { NewsArticle } from './news-article.component.js';

export { NewsArticle };
export type * from '../../events.js';
define('news-article', NewsArticle);

declare global {
  interface HTMLElementTagNameMap {
    'news-article': NewsArticle;
  }
}
