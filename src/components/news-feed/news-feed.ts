import { define } from '../../internal/define.js';
import { NewsFeed } from './news-feed.component.js';
import '../news-card/news-card.js';

export { NewsFeed };
export type * from '../../events.js';
define('news-feed', NewsFeed);

declare global {
  interface HTMLElementTagNameMap {
    'news-feed': NewsFeed;
  }
}
