import { html, nothing } from 'lit';
import type { NormalizedArticle } from '../../types.js';
import { heading } from '../../internal/heading.js';
import { NewsElement } from '../../internal/news-element.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { styles } from './news-card.styles.js';

/**
 * A teaser card: image, section, headline linking to the article's `url`, description, date and
 * publisher. The headline link is the card's one link and covers the whole card, so the card is
 * one click target and one tab stop. Stacked when narrow, image beside text from 34rem of its own width.
 *
 * @tagname news-card
 * @summary A teaser card for an article.
 * @csspart card - The `<article>` box.
 * @csspart image - The teaser image.
 * @csspart section - The section (kicker).
 * @csspart headline - The headline heading.
 * @csspart link - The headline link.
 * @csspart description - The description.
 * @csspart meta - The line with date and publisher.
 * @csspart date - The `<time>` of publication.
 * @csspart publisher - The publisher's name.
 * @cssprop --news-color-accent - Headline link colour and focus ring (default: the text colour).
 * @cssprop --news-color-border - The card's border.
 * @cssprop --news-radius - The card's corner radius.
 * @cssprop --news-space - The card's padding.
 */
export class NewsCard extends NewsElement {
  static styles = [sharedStyles, styles];
  protected static defaultHeadingLevel = 3;
  protected static labelled = false;

  protected renderArticle({
    headline,
    url,
    image,
    section,
    description,
    datePublished,
    publisher,
    inLanguage,
  }: NormalizedArticle) {
    const shown = this.variant?.headline ?? headline;
    return html`<article part="card" lang=${inLanguage ?? nothing}>
      <div class="text">
        ${section ? html`<p part="section">${section}</p>` : nothing}
        ${heading(this.level, 'headline', url ? this.link(url, shown) : shown)}
        ${description ? html`<p part="description">${description}</p>` : nothing}
        ${
          datePublished || publisher
            ? html`<p part="meta">
                ${datePublished ? this.date(datePublished) : nothing}
                ${publisher ? html`<span part="publisher">${publisher.name}</span>` : nothing}
              </p>`
            : nothing
        }
      </div>
      ${image ? this.image(image, 'lazy') : nothing}
    </article>`;
  }
}
