// schema.org JSON-LD as real pages write it, set as the article: each fixture renders its
// headline, authors, date and image. The JSON-LD reader is a chunk loaded on first use.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/index.js';
import type { NewsArticle } from '../src/components/news-article/news-article.js';
import type { NewsErrorEvent, NewsLoadEvent } from '../src/events.js';

const load = async (name: string) => (await fetch(`/test/fixtures/jsonld/${name}.json`)).json();

async function show(tag: 'news-article' | 'news-card', article: unknown) {
  const el = await fixture<NewsArticle>(
    tag === 'news-card' ? html`<news-card></news-card>` : html`<news-article></news-article>`,
  );
  const settled = Promise.race([oneEvent(el, 'news-load'), oneEvent(el, 'news-error')]) as Promise<NewsLoadEvent>;
  el.article = article;
  const event = await settled;
  await el.updateComplete;
  return { el, event, root: el.shadowRoot! };
}
const text = (node: Element | null) => node?.textContent?.replace(/\s+/g, ' ').trim();

describe('schema.org JSON-LD as the article', () => {
  it('reads the Article node of an @graph: authors, dates, ImageObject, keywords, HTML body', async () => {
    const { root, event } = await show('news-article', await load('graph'));
    expect(event.type).to.equal('news-load');
    expect(text(root.querySelector('h1'))).to.equal('Summit ends with a railway deal');
    expect(text(root.querySelector('[part~="section"]'))).to.equal('World');
    expect(text(root.querySelector('[part~="byline"]'))).to.equal('By Aigerim Bekova and Chen Li');
    expect(root.querySelector('[part~="byline"] a')!.getAttribute('href')).to.equal(
      'https://example.com/authors/aigerim',
    );
    expect(text(root.querySelector('[part~="publisher"]'))).to.equal('The Example Times');
    const times = [...root.querySelectorAll('[part~="meta"] time')].map((t) => t.getAttribute('datetime'));
    expect(times).to.deep.equal(['2025-06-17T09:30:00+05:00', '2025-06-17T12:00:00+05:00']);
    const img = root.querySelector('[part~="image"]') as HTMLImageElement;
    expect([img.getAttribute('src'), img.getAttribute('width'), img.getAttribute('height')]).to.deep.equal([
      '/test/fixtures/hero.svg',
      '1200',
      '675',
    ]);
    expect(text(root.querySelector('[part~="caption"]'))).to.equal('Delegates after the signing');
    expect(root.querySelector('article')!.getAttribute('lang')).to.equal('en-GB');
    expect([...root.querySelectorAll('[part~="body"] p')].map(text)).to.deep.equal([
      'The first paragraph.',
      'The second paragraph.',
    ]);
    const tags = root.querySelector('news-tags')!.shadowRoot!;
    expect([...tags.querySelectorAll('li')].map(text)).to.deep.equal(['Central Asia', 'Railways', 'China']);
  });

  it('takes the URL of a graph article from mainEntityOfPage for the card', async () => {
    const { root } = await show('news-card', await load('graph'));
    expect(root.querySelector('a')!.getAttribute('href')).to.equal('https://example.com/world/summit');
  });

  it('finds the article in a top-level array: @type array, creator, dateCreated, URL image', async () => {
    const { root } = await show('news-article', await load('array'));
    expect(text(root.querySelector('h1'))).to.equal('Markets open higher');
    expect(text(root.querySelector('[part~="byline"]'))).to.equal('By Sam Doe');
    expect(root.querySelector('[part~="meta"] time')!.getAttribute('datetime')).to.equal('2025-01-02');
    expect(root.querySelector('[part~="image"]')!.getAttribute('src')).to.equal('/test/fixtures/hero.svg');
    expect([...root.querySelectorAll('[part~="body"] p')].map(text)).to.deep.equal([
      'Shares rose in early trading.',
      'Bonds were flat.',
    ]);
    const tags = root.querySelector('news-tags')!.shadowRoot!;
    expect([...tags.querySelectorAll('li')].map(text)).to.deep.equal(['Markets', 'Stocks']);
  });

  it('reads a BlogPosting given by URL @type, with name as headline, an Organization author and wordCount', async () => {
    const { root } = await show('news-article', await load('blog'));
    expect(text(root.querySelector('h1'))).to.equal('Notes from the road');
    expect(root.querySelector('[part~="byline"] a')!.getAttribute('href')).to.equal('https://example.net/desk');
    expect(root.querySelector('[part~="meta"] time')!.getAttribute('datetime')).to.equal('2024-11-05T08:00:00Z');
    expect((root.querySelector('[part~="image"]') as HTMLImageElement).alt).to.equal('A road through the steppe');
    expect(text(root.querySelector('[part~="reading-time"]'))).to.equal('Reading time: 4 minutes');
    const card = await show('news-card', await load('blog'));
    expect(card.root.querySelector('a')!.getAttribute('href')).to.equal('https://example.net/notes/road');
  });

  it('shows the error state when the JSON-LD holds no Article node', async () => {
    const { root, event } = await show('news-article', await load('no-article'));
    expect(event.type).to.equal('news-error');
    expect((event as unknown as NewsErrorEvent).detail.issues[0]).to.deep.include({ path: '$', severity: 'error' });
    expect(root.querySelector('[part~="error"]')!.getAttribute('role')).to.equal('alert');
  });

  it('names warnings by their path in the input, inside the @graph', async () => {
    const input = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite' },
        { '@type': 'NewsArticle', headline: 'H', image: { url: 'javascript:alert(1)' } },
      ],
    };
    const { event, root } = await show('news-article', input);
    expect(event.detail.issues.map((issue) => issue.path)).to.include('@graph[1].image.url');
    expect(root.querySelector('img')).to.equal(null);
  });
});
