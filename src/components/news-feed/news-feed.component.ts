import type { Labels } from '../../translations/en.js';
import { NewsElement } from '../../internal/news-element.js';
import type { NormalizedFeed } from '../../pipeline/feed.js';
import { sharedStyles } from '../../styles/shared.styles.js';

// The feed's reading and view (./feed-view.ts), loaded the first time a page has a feed.
let views: typeof import('./feed-view.js') | undefined;

/** Loads the feed's reading and view now: the server renders a feed at once, with no chunk to wait for. */
export async function loadFeedView(): Promise<typeof import('./feed-view.js')> {
  return (views ??= await import('./feed-view.js'));
}

/**
 * A list of teasers ("Latest"): a heading and one `<news-card>` per valid article, in order. Takes
 * an array of articles, `{items, next}` (a page and the URL of the next one) or a schema.org
 * `ItemList`. An invalid item is left out and reported at its path; an empty feed renders nothing.
 * More shows the next `limit` items, then requests `next`. Each card reports its own
 * `news-impression` and `news-link-click`, with its `position`; `news-load`'s detail is
 * `{articles, issues}`.
 *
 * @tagname news-feed
 * @summary A list of teaser cards.
 * @attribute articles - The feed as JSON, for pages where no script can set the `articles` property.
 * @fires {NewsFeedLoadEvent} news-load - The feed was read and rendered; `detail: {articles, issues}` (issues name invalid items by their path).
 * @csspart feed - The `<section>` around the heading, the list and More.
 * @csspart heading - The "Latest" heading.
 * @csspart list - The `<ul>` of cards.
 * @csspart item - Each `<li>`, focused when More has added it.
 * @csspart more - The More button.
 * @csspart card - Each card's `<article>` box (and the card's other parts: image, section, headline, link, description, meta, date, publisher).
 * @cssprop --news-color-accent - Headline links and focus rings (default: the text colour).
 * @cssprop --news-color-border - The cards' borders.
 * @cssprop --news-radius - The cards' corner radius.
 * @cssprop --news-space - The gap between cards and their padding.
 */
export class NewsFeed extends NewsElement<NormalizedFeed> {
  static styles = [sharedStyles];
  // The feed's JSON attribute is `articles` (the other elements' is `article`).
  static properties = { limit: { type: Number }, layout: {}, articleJson: { attribute: 'articles' } };

  #view?: import('./feed-view.js').FeedView;

  /** How many articles show at first, and how many more each More adds (default: all). */
  declare limit?: number;
  /** `grid` (default: as many columns as fit) or `list` (one card a row). */
  declare layout?: 'grid' | 'list';

  /** The feed: an array of articles, `{items, next}` or a schema.org ItemList (an alias of `article`). */
  get articles(): unknown {
    return this.article;
  }
  set articles(value: unknown) {
    this.article = value;
  }

  protected updated(): void {
    super.updated();
    this.#view?.updated();
  }

  protected readInput(input: unknown) {
    return views?.normalizeFeed(input);
  }

  protected async loadFormats(input: unknown): Promise<void> {
    await (await loadFeedView()).loadFeedFormats(input);
  }

  protected loadDetail(feed: NormalizedFeed): object {
    return { articles: feed.items.map((item) => item.article), issues: this.issues };
  }

  protected renderArticle(feed: NormalizedFeed, t: Labels) {
    return (this.#view ??= new views!.FeedView(this)).render(feed, t, this.level, this.locale);
  }
}
