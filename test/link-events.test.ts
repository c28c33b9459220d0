// The events publishers listen to (link clicks, impressions) and the link options.
import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import type { NewsArticle } from '../src/components/news-article/news-article.js';
import type { NewsLinkClickEvent } from '../src/events.js';
import { full } from './fixtures/articles.js';

type Host = NewsArticle;

async function loaded(template: ReturnType<typeof html>): Promise<Host> {
  const el = await fixture<Host>(template);
  await waitUntil(() => el.shadowRoot!.querySelector('[part~="headline"], [part~="tags"], [part~="related"]'));
  await el.updateComplete;
  return el;
}
/** Every link an element rendered, nested elements' included. */
function links(root: ShadowRoot): HTMLAnchorElement[] {
  return [...root.querySelectorAll('*')].flatMap((node) =>
    node instanceof HTMLAnchorElement ? [node] : node.shadowRoot ? links(node.shadowRoot) : [],
  );
}
/** Clicks a link as a reader would and returns the news-link-click events the document heard. */
function click(link: HTMLAnchorElement, init: MouseEventInit = {}) {
  const heard: NewsLinkClickEvent[] = [];
  const listen = (event: NewsLinkClickEvent) => {
    heard.push(event);
    event.preventDefault();
  };
  document.addEventListener('news-link-click', listen);
  const native = new MouseEvent('click', { bubbles: true, composed: true, cancelable: true, ...init });
  link.dispatchEvent(native);
  document.removeEventListener('news-link-click', listen);
  return { heard, native };
}

describe('news-link-click', () => {
  it('reports each link the article renders with its kind, url and article, once', async () => {
    const el = await loaded(
      html`<news-article .article=${{ ...full, bodyHtml: '<p><a href="/in-body">b</a></p>' }}></news-article>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="body"] a'));
    const seen = links(el.shadowRoot!).map((link) => {
      const { heard } = click(link);
      expect(heard, link.href).to.have.length(1);
      expect(heard[0].detail.article.headline).to.equal(full.headline);
      return [heard[0].detail.kind, heard[0].detail.url];
    });
    const origin = location.origin;
    expect(seen).to.deep.include.members([
      ['author', 'https://example.com/authors/aigerim'],
      ['publisher', 'https://example.com/'],
      ['body', `${origin}/in-body`],
      ['tag', `${origin}/topics/central-asia`],
      ['related', `${origin}/world/railway-trade`],
    ]);
  });

  it('lets a single-page app cancel a plain click, but not a modified one', async () => {
    const card = await loaded(html`<news-card .article=${full}></news-card>`);
    const link = card.shadowRoot!.querySelector('a')!;
    const plain = click(link);
    expect(plain.heard[0].detail).to.deep.include({ kind: 'headline', url: full.url });
    expect(plain.heard[0].cancelable).to.equal(true);
    expect(plain.native.defaultPrevented).to.equal(true);
    // The reader's ctrl+click stays theirs: the event cannot be cancelled. (The test itself stops
    // the new tab afterwards, at the document, so the test page keeps its focus.)
    document.addEventListener('click', (event) => event.preventDefault(), { once: true });
    const modified = click(link, { ctrlKey: true });
    expect(modified.heard[0].cancelable).to.equal(false);
    expect(modified.heard[0].defaultPrevented).to.equal(false);
  });
});

describe('news-impression', () => {
  let impressions: CustomEvent[];
  const count = (event: Event) => impressions.push(event as CustomEvent);
  beforeEach(() => {
    impressions = [];
    document.addEventListener('news-impression', count);
  });
  afterEach(() => document.removeEventListener('news-impression', count));

  it('fires once, after a second in view, and again for a new article', async () => {
    const el = await loaded(html`<news-card .article=${full}></news-card>`);
    await aTimeout(400);
    expect(impressions, 'not before a second in view').to.have.length(0);
    await waitUntil(() => impressions.length === 1, 'no impression', { timeout: 2500 });
    expect(impressions[0].detail.article.headline).to.equal(full.headline);
    el.style.cssText = 'position: relative; top: 5000px'; // out of view, then back
    await aTimeout(100);
    el.style.cssText = '';
    await aTimeout(1300);
    expect(impressions, 'once per article').to.have.length(1);
    el.article = { ...full, headline: 'Another article' };
    await waitUntil(() => impressions.length === 2, 'no impression for the new article', { timeout: 2500 });
  });

  it('never fires for an element kept out of view, nor for the elements inside <news-article>', async () => {
    await loaded(html`<news-card style="position: absolute; top: -9999px" .article=${full}></news-card>`);
    const article = await loaded(html`<news-article .article=${full}></news-article>`);
    await aTimeout(1800);
    expect(impressions.map((event) => (event.target as Element).localName)).to.deep.equal(['news-article']);
    expect(impressions[0].target).to.equal(article);
  });
});

describe('link options', () => {
  it('opens every rendered link in a new tab with noopener under link-target="_blank"', async () => {
    const el = await loaded(
      html`<news-article
        link-target="_blank"
        .article=${{ ...full, bodyHtml: '<p><a href="/x">x</a></p>' }}
      ></news-article>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="body"] a'));
    const all = links(el.shadowRoot!);
    expect(all.length).to.be.at.least(6);
    for (const link of all)
      expect([link.target, link.rel.includes('noopener')], link.href).to.deep.equal(['_blank', true]);
    const plain = await loaded(html`<news-card .article=${full}></news-card>`);
    expect(plain.shadowRoot!.querySelector('a')!.hasAttribute('target')).to.equal(false);
  });

  it('links tags without a url through tag-href, with slugs for every script', async () => {
    const tags = ['Central Asia', 'Café Society', 'Центральная Азия', '中亚', { name: 'Own', url: '/own' }];
    const el = await loaded(
      html`<news-tags tag-href="/topics/{slug}" .article=${{ headline: 'H', tags }}></news-tags>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelectorAll('a').length === 5);
    expect([...el.shadowRoot!.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal([
      '/topics/central-asia',
      '/topics/cafe-society',
      `/topics/${encodeURIComponent('центральная-азия')}`,
      `/topics/${encodeURIComponent('中亚')}`,
      '/own',
    ]);
    const article = await loaded(
      html`<news-article tag-href="/t/{slug}" .article=${{ headline: 'H', tags: ['A B'] }}></news-article>`,
    );
    const nested = article.shadowRoot!.querySelector('news-tags')!;
    await waitUntil(() => nested.shadowRoot!.querySelector('a'));
    expect(nested.shadowRoot!.querySelector('a')!.getAttribute('href')).to.equal('/t/a-b');
  });

  it('fires news-load once for <news-article>, not for the elements inside it', async () => {
    const heard: EventTarget[] = [];
    const listen = (event: Event) => heard.push(event.target!);
    document.addEventListener('news-load', listen);
    const el = document.createElement('news-article') as Host;
    const done = oneEvent(el, 'news-load');
    el.article = full;
    document.body.append(el);
    await done;
    await aTimeout(50);
    document.removeEventListener('news-load', listen);
    expect(heard).to.deep.equal([el]);
    el.remove();
  });
});
