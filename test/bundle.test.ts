// What a publisher's page does: load only the built CDN bundle (twice, as pages with two embeds
// or a CDN copy beside an npm copy do) and render an article in all five elements.
import { expect } from '@open-wc/testing';
import { full, seed } from './fixtures/articles.js';

const TAGS = ['news-article', 'news-card', 'news-tags', 'news-key-points', 'news-related'];
const bundle = '/dist/news-article.min.js';

describe('the CDN bundle (dist/news-article.min.js)', () => {
  const errors: unknown[] = [];
  const onError = (e: ErrorEvent) => errors.push(e.error ?? e.message);
  const originalConsoleError = console.error;

  before(async () => {
    window.addEventListener('error', onError);
    console.error = (...args: unknown[]) => errors.push(args);
    await import(/* @vite-ignore */ bundle);
    // A second copy of the module (another URL, so the browser evaluates it again).
    await import(/* @vite-ignore */ `${bundle}?second-copy`);
  });

  after(() => {
    window.removeEventListener('error', onError);
    console.error = originalConsoleError;
  });

  it('defines all five elements once and survives being loaded twice', () => {
    for (const tag of TAGS) expect(customElements.get(tag), tag).to.be.a('function');
    expect(errors).to.deep.equal([]);
  });

  it('keeps the styles intact through minification (the date · publisher separator of a card)', async () => {
    const card = document.createElement('news-card') as HTMLElement & {
      article: unknown;
      updateComplete: Promise<boolean>;
    };
    document.body.append(card);
    card.article = full;
    await card.updateComplete;
    const publisher = card.shadowRoot!.querySelector('[part~="publisher"]')!;
    expect(getComputedStyle(publisher, '::before').content).to.equal('" · "');
    card.remove();
  });

  it('renders a valid article in every element with no console error', async () => {
    for (const article of [seed, full]) {
      const host = document.createElement('div');
      host.innerHTML = TAGS.map((tag) => `<${tag}></${tag}>`).join('');
      document.body.append(host);
      const elements = [...host.children] as (HTMLElement & { article: unknown; updateComplete: Promise<boolean> })[];
      for (const el of elements) el.article = article;
      await Promise.all(elements.map((el) => el.updateComplete));
      const [articleEl, card, tags, keyPoints, related] = elements;
      expect(articleEl.shadowRoot!.querySelector('h1')!.textContent).to.equal(article.headline);
      expect(card.shadowRoot!.querySelector('[part~="headline"]')!.textContent).to.equal(article.headline);
      expect(tags.shadowRoot!.querySelectorAll('li').length).to.equal(article.tags!.length);
      expect(keyPoints.shadowRoot!.querySelectorAll('li').length).to.equal(article.keyPoints!.length);
      expect(related.shadowRoot!.querySelectorAll('a').length).to.equal(article.related!.length);
      host.remove();
    }
    expect(errors).to.deep.equal([]);
  });
});
