// Every way an article gets in besides the property, against real responses from the test
// runner's server (test/fixtures/api-middleware.mjs), and the precedence between them.
import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import type { NewsCard } from '../src/components/news-card/news-card.js';

type Answer = CustomEvent<{ issues: { path: string; message: string }[] }>;

/** Waits for the element's news-load or news-error (whichever comes) and its render. */
async function answer(el: NewsCard): Promise<Answer> {
  const event = (await Promise.race([oneEvent(el, 'news-load'), oneEvent(el, 'news-error')])) as Answer;
  await el.updateComplete;
  return event;
}
const headline = (el: Element) => el.shadowRoot!.querySelector('[part~="headline"]')?.textContent?.trim();
const error = (el: Element) => el.shadowRoot!.querySelector('[part~="error"]');
const unique = () => Math.random().toString(36).slice(2);

describe('ways in', () => {
  it('reads the article attribute as JSON', async () => {
    const el = await fixture<NewsCard>(
      html`<news-card article='{"headline":"From the attribute","url":"/a"}'></news-card>`,
    );
    await waitUntil(() => headline(el) === 'From the attribute');
    expect(el.shadowRoot!.querySelector('a')!.getAttribute('href')).to.equal('/a');
  });

  it('shows the error state for invalid JSON in the attribute, naming it', async () => {
    const el = await fixture<NewsCard>(html`<news-card article='{"headline": oops'></news-card>`);
    await waitUntil(() => error(el));
    expect(error(el)!.textContent).to.include('article').and.include('not valid JSON');
  });

  it('reads a child JSON script, and a child JSON-LD script', async () => {
    const plain = await fixture<NewsCard>(
      html`<news-card
        ><script type="application/json">
          { "headline": "From a child script" }
        </script></news-card
      >`,
    );
    await waitUntil(() => headline(plain) === 'From a child script');
    const ld = await fixture<NewsCard>(
      html`<news-card>
        <script type="application/ld+json">
          { "@context": "https://schema.org", "@type": "NewsArticle", "headline": "From JSON-LD" }
        </script>
      </news-card>`,
    );
    await waitUntil(() => headline(ld) === 'From JSON-LD');
  });

  it('fetches src without credentials, with aria-busy and the fallback in place meanwhile', async () => {
    document.cookie = 'reader=1; path=/';
    const el = await fixture<NewsCard>(
      html`<news-card src="/api/slow?ms=300&amp;headline=Without"><a href="/story">Read the story</a></news-card>`,
    );
    await waitUntil(() => el.getAttribute('aria-busy') === 'true');
    expect(
      el
        .shadowRoot!.querySelector('slot')!
        .assignedElements()
        .map((e) => e.textContent),
    ).to.deep.equal(['Read the story']);
    await waitUntil(() => headline(el));
    expect(el.hasAttribute('aria-busy')).to.equal(false);
    expect(el.shadowRoot!.querySelector('slot')).to.equal(null);
    el.src = '/api/cookie';
    await waitUntil(() => headline(el) === 'Without a cookie');
    el.setAttribute('credentials', 'include');
    el.src = '/api/cookie?again';
    await waitUntil(() => headline(el) === 'With a cookie');
    document.cookie = 'reader=; path=/; max-age=0';
  });

  it('shows a Loading line with role=status when there is no fallback', async () => {
    const el = await fixture<NewsCard>(html`<news-card src="/api/slow?ms=400"></news-card>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="loading"]'));
    expect(el.shadowRoot!.querySelector('[part~="loading"]')!.getAttribute('role')).to.equal('status');
    await waitUntil(() => headline(el) === 'Slow');
    expect(el.shadowRoot!.querySelector('[part~="loading"]')).to.equal(null);
  });

  for (const [url, says] of [
    ['/api/status/404', 'HTTP 404'],
    ['/api/status/500', 'HTTP 500'],
    ['/api/invalid', 'not valid JSON'],
  ]) {
    it(`shows the error state for ${url}, naming the failure and the URL, with Retry`, async () => {
      const el = document.createElement('news-card') as NewsCard;
      const answered = answer(el);
      el.src = url;
      document.body.append(el);
      const event = await answered;
      expect(event.type).to.equal('news-error');
      expect(event.detail.issues[0].path).to.equal('src');
      expect(error(el)!.getAttribute('role')).to.equal('alert');
      expect(error(el)!.textContent).to.include(says).and.include(url);
      expect(el.shadowRoot!.querySelector('[part~="retry"]')!.textContent).to.equal('Retry');
      await expect(el).to.be.accessible();
      el.remove();
    });
  }

  it('gives up after timeout milliseconds', async () => {
    const el = await fixture<NewsCard>(html`<news-card timeout="200" src="/api/slow?ms=3000"></news-card>`);
    await waitUntil(() => error(el), 'no error after the timeout', { timeout: 2500 });
    expect(error(el)!.textContent).to.include('within 200 ms');
  });

  it('retries when the reader presses Retry', async () => {
    const el = document.createElement('news-card') as NewsCard;
    let answered = answer(el);
    el.src = `/api/flaky?key=${unique()}`;
    document.body.append(el);
    expect((await answered).type).to.equal('news-error');
    answered = answer(el);
    (el.shadowRoot!.querySelector('[part~="retry"]') as HTMLButtonElement).click();
    expect((await answered).type).to.equal('news-load');
    expect(headline(el)).to.equal('Second time lucky');
    el.remove();
  });

  it('never lets a slow response overwrite a newer src', async () => {
    const el = await fixture<NewsCard>(html`<news-card src="/api/slow?ms=600&amp;headline=Old"></news-card>`);
    await aTimeout(50);
    el.src = '/api/article.json?headline=New';
    await waitUntil(() => headline(el) === 'New');
    await aTimeout(800);
    expect(headline(el)).to.equal('New');
  });

  it('aborts the request when the element leaves the page, and makes it again on its return', async () => {
    const el = await fixture<NewsCard>(html`<news-card src="/api/slow?ms=400&amp;headline=Gone"></news-card>`);
    let answered = false;
    el.addEventListener('news-load', () => (answered = true));
    el.addEventListener('news-error', () => (answered = true));
    el.remove();
    await aTimeout(700);
    expect(answered).to.equal(false);
    document.body.append(el); // back on the page: the request is made again
    await waitUntil(() => headline(el) === 'Gone');
    el.remove();
  });

  it('reads the page JSON-LD with from-page', async () => {
    const block = document.createElement('script');
    block.type = 'application/ld+json';
    block.textContent = JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'On the page',
    });
    document.head.append(block);
    const el = await fixture<NewsCard>(html`<news-card from-page></news-card>`);
    await waitUntil(() => headline(el) === 'On the page');
    block.remove();
  });

  it('follows the precedence property > attribute > child script > src, in any order of changes', async () => {
    const el = await fixture<NewsCard>(
      html`<news-card src="/api/article.json?headline=Src">
        <script type="application/json">
          { "headline": "Script" }
        </script>
      </news-card>`,
    );
    await waitUntil(() => headline(el) === 'Script');
    el.setAttribute('article', '{"headline":"Attribute"}');
    await waitUntil(() => headline(el) === 'Attribute');
    el.article = { headline: 'Property' };
    await waitUntil(() => headline(el) === 'Property');
    el.removeAttribute('article');
    await el.updateComplete;
    expect(headline(el)).to.equal('Property');
    el.article = undefined;
    await waitUntil(() => headline(el) === 'Script');
    el.querySelector('script')!.remove();
    await waitUntil(() => headline(el) === 'Src');
  });
});
