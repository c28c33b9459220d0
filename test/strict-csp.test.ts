// demo/strict-csp.html, served with a strict CSP and Trusted Types enforced, opened as a reader
// would: the seed article with an HTML body must render, and its JSON-LD be written, with no
// violation and no error.
import { expect, waitUntil } from '@open-wc/testing';
import { seed } from './fixtures/articles.js';

type PageWindow = Window & { violations: string[] };

describe('demo/strict-csp.html under a strict Content-Security-Policy', () => {
  let frame: HTMLIFrameElement;

  before(async () => {
    frame = document.createElement('iframe');
    frame.style.width = '800px';
    frame.style.height = '600px';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.src = '/demo/strict-csp.html';
    document.body.append(frame);
    await loaded;
  });

  after(() => frame.remove());

  it('is really served with the strict policy', async () => {
    const response = await fetch('/demo/strict-csp.html');
    expect(response.headers.get('content-security-policy')).to.include("require-trusted-types-for 'script'");
  });

  it('renders the seed article with its HTML body and no policy violation', async () => {
    const page = frame.contentWindow as PageWindow;
    const article = frame.contentDocument!.getElementById('article')!;
    const paragraphs = () => article.shadowRoot?.querySelectorAll('[part~="body"] p') ?? [];
    await waitUntil(() => paragraphs().length > 0, 'the HTML body did not render', { timeout: 8000 });

    expect(article.shadowRoot!.querySelector('h1')!.textContent).to.equal(seed.headline);
    const expected = (seed.articleBody as string).split('\n\n');
    expect([...paragraphs()].map((p) => p.textContent)).to.deep.equal(expected);
    expect(article.shadowRoot!.querySelector('[part~="error"]')).to.equal(null);
    // The JSON-LD for search engines is written through the element's own Trusted Types policy.
    const jsonLd = () => frame.contentDocument!.head.querySelector('script[data-news-json-ld]');
    await waitUntil(jsonLd, 'no JSON-LD was written');
    expect(JSON.parse(jsonLd()!.textContent!).headline).to.equal(seed.headline);
    expect(page.violations).to.deep.equal([]);
  });
});
