import { html, nothing } from 'lit';
import type { Labels } from '../../translations/en.js';
import type { NormalizedArticle } from '../../types.js';
import { heading } from '../../internal/heading.js';
import { NewsElement } from '../../internal/news-element.js';
import { sharedStyles, sliceStyles } from '../../styles/shared.styles.js';
import { styles } from './news-related.styles.js';

/**
 * The related articles ("Read also") as a list of links, each with its date where given, in a
 * `<nav>` named "Read also: " and the article's headline, so that several on a page are told
 * apart. Renders nothing when the article has no related links.
 *
 * @tagname news-related
 * @summary Related articles ("Read also").
 * @csspart related - The `<nav>` around the heading and the list.
 * @csspart heading - The "Read also" heading.
 * @csspart list - The `<ul>` of links.
 * @csspart item - Each related article.
 * @csspart link - Each related article's link.
 * @csspart date - Each related article's date.
 * @cssprop --news-color-accent - Link colour (default: the text colour).
 * @cssprop --news-color-border - The rules between items.
 */
export class NewsRelated extends NewsElement {
  static styles = [sharedStyles, sliceStyles, styles];

  protected renderArticle({ related, inLanguage, headline }: NormalizedArticle, t: Labels) {
    if (!related.length) return nothing;
    // Named after its article too: two such lists on a page are two landmarks a reader can tell apart.
    return html`<nav class="slice" part="related" lang=${inLanguage ?? nothing} aria-label="${t.related}: ${headline}">
      ${heading(this.level, 'heading', t.related, 'related-heading')}
      <ul part="list" role="list">
        ${related.map(
          (item) =>
            html`<li part="item">
              ${this.link(item.url, item.headline)} ${item.datePublished ? this.date(item.datePublished) : nothing}
            </li>`,
        )}
      </ul>
    </nav>`;
  }
}
