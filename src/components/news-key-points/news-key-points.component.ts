import { html, nothing } from 'lit';
import type { Labels } from '../../translations/en.js';
import type { NormalizedArticle } from '../../types.js';
import { heading } from '../../internal/heading.js';
import { NewsElement } from '../../internal/news-element.js';
import { sharedStyles, sliceStyles } from '../../styles/shared.styles.js';
import { styles } from './news-key-points.styles.js';

/**
 * The article's key points as an ordered list under a "Key points" heading. Renders nothing when
 * the article has none.
 *
 * @tagname news-key-points
 * @summary The article's key points.
 * @csspart key-points - The box around the heading and the list.
 * @csspart heading - The "Key points" heading.
 * @csspart list - The `<ol>`.
 * @csspart item - Each key point.
 * @cssprop --news-color-accent - The box's edge and the list numbers.
 * @cssprop --news-color-surface - The box's background.
 */
export class NewsKeyPoints extends NewsElement {
  static styles = [sharedStyles, sliceStyles, styles];

  protected renderArticle({ keyPoints, inLanguage }: NormalizedArticle, t: Labels) {
    if (!keyPoints.length) return nothing;
    return html`<div class="slice" part="key-points" lang=${inLanguage ?? nothing}>
      ${heading(this.level, 'heading', t.keyPoints, 'key-points-heading')}
      <ol part="list" aria-labelledby="key-points-heading">
        ${keyPoints.map((point) => html`<li part="item">${point}</li>`)}
      </ol>
    </div>`;
  }
}
