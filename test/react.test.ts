// React 19 with the one documented JSX form (test/react/app.jsx):
//   <news-article article={JSON.stringify(article)} onnews-load={(e) => …} />
// in a client-only render (createRoot), in renderToPipeableStream and renderToString output, and
// after hydrateRoot, each page built by esbuild and served by test/react/react-middleware.mjs.
import { expect, waitUntil } from '@open-wc/testing';
import type { Article } from '../src/types.js';

/** The app's article (test/react/app.jsx imports the same file). */
const article = (await (await fetch('/demo/articles/railway-deal.json')).json()) as Article;
const json = JSON.stringify(article);

type ReactWindow = Window &
  typeof globalThis & { reactErrors: string[]; serverNodes?: Element[]; elementsDefined?: boolean };

const text = (node: Node | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim();

/** A React test page in a frame of its own, as a reader on a phone opens it. */
async function open(path: string) {
  const frame = document.createElement('iframe');
  Object.assign(frame.style, { width: '412px', height: '900px', border: '0' });
  frame.src = path;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as ReactWindow;
  const doc = frame.contentDocument!;
  const shadow = (selector: string) => doc.querySelector(selector)?.shadowRoot;
  return {
    win,
    doc,
    /** The headline the reader sees in <news-article>. */
    headline: () => text(shadow('news-article')?.querySelector('h1')),
    /** Where the card's link goes. */
    cardLink: () => shadow('news-card')?.querySelector('a[part~="link"]')?.getAttribute('href'),
    /** What React's news-load handler put in its state. */
    loaded: () => text(doc.querySelector('[data-testid="loaded"]')),
    /** Both elements have rendered what they had, with nothing left loading. */
    rendered: () =>
      [...doc.querySelectorAll('news-article, news-card')].every(
        (el) => (el as HTMLElement & { hasUpdated?: boolean }).hasUpdated && !el.hasAttribute('aria-busy'),
      ),
  };
}

type Page = Awaited<ReturnType<typeof open>>;

/** Waits for the article, the card and React's state to show, and checks each. */
async function shows(page: Page) {
  await waitUntil(() => page.headline() === article.headline, 'the article was not shown', { timeout: 8000 });
  await waitUntil(() => page.cardLink() === article.url, 'the card did not link to the article', { timeout: 8000 });
  await waitUntil(() => page.loaded() === article.headline, 'news-load did not reach React', { timeout: 8000 });
  expect(page.win.reactErrors).to.deep.equal([]);
}

/** The server's HTML for `path`, as a crawler or a reader without JavaScript gets it. */
async function serverHtml(path: string): Promise<Document> {
  const response = await fetch(path);
  expect(response.headers.get('content-type')).to.contain('text/html');
  return new DOMParser().parseFromString(await response.text(), 'text/html');
}

/** Waits until the page's elements are defined and have rendered, and a news-load would have come. */
async function quiet(page: Page) {
  await waitUntil(() => page.win.elementsDefined && page.rendered(), 'the elements did not render', { timeout: 8000 });
  await new Promise((resolve) => setTimeout(resolve, 500));
}

describe('React 19', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('client-only (createRoot): shows the article and the card, and news-load reaches React', async () => {
    const page = await open('/react/client.html');
    await shows(page);
    // React set the property to the JSON string: no attribute was written.
    const el = page.doc.querySelector('news-article') as HTMLElement & { article: unknown };
    expect(el.article).to.equal(json);
    expect(el.hasAttribute('article')).to.equal(false);
  });

  for (const [path, renderer] of [
    ['/react/ssr.html', 'renderToPipeableStream'],
    ['/react/ssr-string.html', 'renderToString'],
  ]) {
    it(`${renderer}: writes the article's JSON in the article attribute`, async () => {
      const doc = await serverHtml(path);
      for (const tag of ['news-article', 'news-card']) {
        expect(doc.querySelector(tag)!.getAttribute('article'), tag).to.equal(json);
      }
      expect(doc.querySelector('[data-testid="loaded"]')!.textContent).to.equal('');
    });

    it(`${renderer} then hydrateRoot: the server's nodes kept, the article shown, news-load in React`, async () => {
      const page = await open(path);
      await shows(page);
      const nodes = page.win.serverNodes!;
      expect(nodes.length).to.be.greaterThan(2);
      expect(nodes.filter((node) => !node.isConnected).map((node) => node.localName)).to.deep.equal([]);
    });
  }

  describe('the article object instead of its JSON', () => {
    it('works in a client-only render (React sets the property)', async () => {
      await shows(await open('/react/client.html?form=object'));
    });

    it('is lost on the server: renderToString writes no attribute for an object', async () => {
      const doc = await serverHtml('/react/ssr-string.html?form=object');
      expect(doc.querySelector('news-article')!.outerHTML).to.equal('<news-article></news-article>');
      const page = await open('/react/ssr-string.html?form=object');
      await quiet(page);
      // Hydration sets no property, and later renders pass the same object: nothing to show.
      expect(page.headline()).to.equal(undefined);
      expect(page.loaded()).to.equal('');
      expect(page.win.reactErrors).to.deep.equal([]);
    });
  });

  describe('why test/react/hydrate.jsx defines the elements after hydration and one more render', () => {
    it('defined before hydrateRoot (a CDN script in the head), hydration still keeps every server node', async () => {
      const page = await open('/react/ssr-string.html?elements=first');
      await quiet(page);
      expect(page.headline()).to.equal(article.headline);
      expect(page.cardLink()).to.equal(article.url);
      // The JSON-LD goes into <head>: nothing was added among the children React hydrates.
      expect(page.doc.head.querySelectorAll('script[data-news-json-ld]')).to.have.length(1);
      expect(page.doc.querySelectorAll('news-article script')).to.have.length(0);
      expect(page.win.serverNodes!.filter((node) => !node.isConnected)).to.deep.equal([]);
      expect(page.win.reactErrors).to.deep.equal([]);
      // Its news-load came before React listened: hence the order in hydrate.jsx.
      expect(page.loaded()).to.equal('');
    });

    it('defined right after hydration, its news-load is not heard (facebook/react#35446)', async () => {
      const page = await open('/react/ssr-string.html?rerender=0');
      await quiet(page);
      expect(page.headline()).to.equal(article.headline);
      expect(page.loaded(), 'React 19 attaches custom-element handlers during hydration now').to.equal('');
      expect(page.win.reactErrors).to.deep.equal([]);
    });
  });
});
