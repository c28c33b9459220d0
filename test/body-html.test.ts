// HTML bodies: rendered only after DOMPurify (a chunk loaded on first use), with the allowlist
// for article text, safe links and images, and headings moved below the headline.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/components/news-article/news-article.js';
import type { NewsArticle } from '../src/components/news-article/news-article.js';

type Flagged = Window & { __ran?: unknown };

const HOSTILE = `
  <h1>Top</h1><h2>Sub</h2><h3>Deeper</h3>
  <p>Para <a href="https://example.com/a" onclick="window.__ran='onclick'" style="color:red">safe</a>
     <a href="javascript:window.__ran='href'">bad</a> <a href=" JaVaScRiPt:window.__ran='href2'">bad2</a></p>
  <script>window.__ran = 'script'</script>
  <img src="/test/fixtures/hero.svg" alt="Hero" onerror="window.__ran='img'">
  <img src="x:" onerror="window.__ran='img2'">
  <iframe src="https://example.com" srcdoc="<script>parent.__ran='srcdoc'</script>"></iframe>
  <object data="https://example.com/x.swf"></object><embed src="https://example.com/x.swf">
  <form action="https://example.com"><input name="q"><button>Go</button></form>
  <style>p { color: red }</style>
  <blockquote style="color:red" cite="javascript:alert(1)">Quote</blockquote>
  <figure><img src="/test/fixtures/hero.svg" alt="Fig"><figcaption>Caption</figcaption></figure>
  <ul><li>one</li></ul><ol><li>two</li></ol>
  <table><thead><tr><th>h</th></tr></thead><tbody><tr><td>1</td></tr></tbody></table>
  <pre><code>x = 1</code></pre><p><b>b</b><strong>s</strong><i>i</i><em>e</em><u>u</u><s>s</s><sub>1</sub><sup>2</sup><small>sm</small><mark>m</mark><br><hr></p>
  <svg><script>window.__ran='svg'</script></svg><math><mi xlink:href="javascript:alert(1)">x</mi></math>
  <div data-kind="headline" aria-hidden="true" id="clobber">div text</div>`;

async function render(article: object, attributes: { ugc?: boolean; level?: number; target?: string } = {}) {
  const el = await fixture<NewsArticle>(
    html`<news-article
      ?ugc=${attributes.ugc}
      heading-level=${attributes.level ?? 1}
      link-target=${attributes.target ?? '_self'}
    ></news-article>`,
  );
  const loaded = oneEvent(el, 'news-load');
  el.article = { headline: 'Headline', ...article };
  await loaded;
  await el.updateComplete;
  return el.shadowRoot!.querySelector('[part~="body"]')!;
}

describe('HTML bodies', () => {
  afterEach(() => delete (window as Flagged).__ran);

  it('keeps article markup and removes everything that runs, embeds, styles or takes input', async () => {
    const body = await render({ bodyHtml: HOSTILE });
    for (const tag of ['blockquote', 'figure', 'figcaption', 'ul', 'ol', 'li', 'table', 'th', 'td', 'pre', 'code']) {
      expect(body.querySelector(tag), tag).to.not.equal(null);
    }
    for (const tag of ['b', 'strong', 'i', 'em', 'u', 's', 'sub', 'sup', 'small', 'mark', 'br', 'hr']) {
      expect(body.querySelector(tag), tag).to.not.equal(null);
    }
    for (const tag of [
      'script',
      'style',
      'iframe',
      'object',
      'embed',
      'form',
      'input',
      'button',
      'svg',
      'math',
      'div',
    ]) {
      expect(body.querySelector(tag), tag).to.equal(null);
    }
    const attributes = [...body.querySelectorAll('*')].flatMap((node) => node.getAttributeNames());
    expect(attributes.filter((name) => /^on|^style$|^srcdoc$|^data-|^aria-|^id$/.test(name))).to.deep.equal([]);
    expect(body.textContent).to.include('div text'); // the text of a removed element stays, as text
    await new Promise((resolve) => setTimeout(resolve, 200)); // let the images load or fail
    expect((window as Flagged).__ran).to.equal(undefined);
  });

  it('keeps only http(s) and relative URLs, and marks links noopener noreferrer', async () => {
    const body = await render({ bodyHtml: HOSTILE });
    const links = [...body.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['https://example.com/a', null, null]);
    expect(links.every((a) => a.rel === 'noopener noreferrer')).to.equal(true);
    expect(body.querySelector('blockquote')!.hasAttribute('cite')).to.equal(false);
    const images = [...body.querySelectorAll('img')];
    expect(images.map((img) => img.getAttribute('src'))).to.deep.equal([
      '/test/fixtures/hero.svg',
      null,
      '/test/fixtures/hero.svg',
    ]);
    expect(images.every((img) => img.loading === 'lazy')).to.equal(true);
  });

  it('moves body headings below the headline, following heading-level', async () => {
    let body = await render({ bodyHtml: HOSTILE });
    expect(
      [...body.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => `${h.localName} ${h.textContent}`),
    ).to.deep.equal(['h2 Top', 'h2 Sub', 'h3 Deeper']);
    body = await render({ bodyHtml: HOSTILE }, { level: 3 });
    expect([...body.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => h.localName)).to.deep.equal([
      'h4',
      'h4',
      'h5',
    ]);
  });

  it('adds nofollow ugc for user-generated bodies and the link target when asked', async () => {
    const body = await render({ bodyHtml: '<p><a href="/x">x</a></p>' }, { ugc: true, target: '_blank' });
    const link = body.querySelector('a')!;
    expect(link.rel).to.equal('noopener noreferrer nofollow ugc');
    expect(link.target).to.equal('_blank');
  });

  it('reads articleBody holding markup as HTML, with the dateline before the first paragraph', async () => {
    const body = await render({ articleBody: '<p>First <em>one</em>.</p><p>Second.</p>', dateline: 'Astana' });
    const paragraphs = [...body.querySelectorAll('p')];
    expect(paragraphs.map((p) => p.textContent)).to.deep.equal(['Astana — First one.', 'Second.']);
    expect(paragraphs[0].querySelector('[part~="dateline"]')!.textContent).to.equal('Astana');
    expect(paragraphs[0].querySelector('em')!.textContent).to.equal('one');
  });

  it('shows a plain articleBody as text, never as HTML', async () => {
    const body = await render({ articleBody: 'a < b and b > c\n\nSecond' });
    expect([...body.querySelectorAll('p')].map((p) => p.textContent)).to.deep.equal(['a < b and b > c', 'Second']);
  });
});
