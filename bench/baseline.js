// The baseline: bare Lit elements with shadow DOM and static styles that render the same markup
// as <news-card> and <news-article>, with none of the normalization, safety or features.
import { LitElement, css, html } from 'lit';

const date = new Intl.DateTimeFormat('en', { dateStyle: 'medium' });

class BareCard extends LitElement {
  static properties = { article: { attribute: false } };
  static styles = css`
    :host {
      display: block;
    }
    article {
      display: flex;
      flex-direction: column;
      gap: 0.5em;
      padding: 1rem;
      border: 1px solid #ccc;
    }
  `;
  render() {
    const { headline, url, description, datePublished } = this.article;
    return html`<article>
      <h3><a href=${url}>${headline}</a></h3>
      <p>${description}</p>
      <p><time datetime=${datePublished}>${date.format(new Date(datePublished))}</time></p>
    </article>`;
  }
}

class BareArticle extends LitElement {
  static properties = { article: { attribute: false } };
  static styles = css`
    :host {
      display: block;
    }
    p + p {
      margin-block-start: 1em;
    }
  `;
  render() {
    const { headline, articleBody, tags, keyPoints } = this.article;
    return html`<article>
      <h1>${headline}</h1>
      ${articleBody.split('\n\n').map((p) => html`<p>${p}</p>`)}
      <ol>
        ${keyPoints.map((k) => html`<li>${k}</li>`)}
      </ol>
      <ul>
        ${tags.map((t) => html`<li>${t}</li>`)}
      </ul>
    </article>`;
  }
}

customElements.define('bare-card', BareCard);
customElements.define('bare-article', BareArticle);
