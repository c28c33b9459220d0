import { html, nothing } from 'lit';
import type { Labels } from '../../translations/en.js';
import type { NormalizedArticle } from '../../types.js';
import { heading } from '../../internal/heading.js';
import { isSafeUrl } from '../../pipeline/url.js';
import { NewsElement } from '../../internal/news-element.js';
import { sharedStyles, sliceStyles } from '../../styles/shared.styles.js';
import { styles } from './news-tags.styles.js';

// The slug code for `tag-href`, loaded the first time an element has one (a chunk in the CDN build).
let links: typeof import('../../pipeline/slug.js') | undefined;

/** Loads the slug code for `tag-href`; a server awaits it before rendering tags with one. */
export async function loadTagLinks(): Promise<void> {
  links ??= await import('../../pipeline/slug.js');
}

/**
 * The article's tags (or schema.org `keywords`) as a list. A tag with a `url` is a link; one
 * without is plain text. Renders nothing when the article has no tags.
 *
 * @tagname news-tags
 * @summary The article's tags.
 * @csspart tags - The block around the heading and the list.
 * @csspart heading - The "Tags" heading.
 * @csspart list - The `<ul>` of tags.
 * @csspart tag - Each tag, a link or plain text.
 * @cssprop --news-color-accent - Colour of tag links (default: the text colour).
 * @cssprop --news-color-border - Tag chip border.
 * @cssprop --news-color-surface - Tag chip background.
 */
export class NewsTags extends NewsElement {
  static styles = [sharedStyles, sliceStyles, styles];

  protected willUpdate(): void {
    super.willUpdate();
    if (this.tagHref && !links) this.wait(loadTagLinks());
  }

  /** The `tag-href` URL for a tag that has none, when it is a safe one. */
  #tagUrl(name: string): string | undefined {
    const url = this.tagHref && links?.tagUrl(this.tagHref, name);
    return url && isSafeUrl(url) ? url : undefined;
  }

  protected renderArticle({ tags, inLanguage }: NormalizedArticle, t: Labels) {
    if (!tags.length) return nothing;
    return html`<div class="slice" part="tags" lang=${inLanguage ?? nothing}>
      ${heading(this.level, 'heading', t.tags, 'tags-heading')}
      <ul part="list" role="list" aria-labelledby="tags-heading">
        ${tags.map(({ name, url = this.#tagUrl(name) }) => {
          const tag = url ? this.link(url, name, 'tag') : html`<span part="tag">${name}</span>`;
          return html`<li>${tag}</li>`;
        })}
      </ul>
    </div>`;
  }
}
