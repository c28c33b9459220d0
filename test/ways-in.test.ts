import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { nothing, type TemplateResult } from 'lit';
import '../src/index.js';
import type { Labels, NewsArticle, NewsCard } from '../src/index.js';
import { nextAnswer, type NewsEvent } from './helpers.js';

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const all = (root: ParentNode, selector: string) =>
  [...root.querySelectorAll(selector)].map((node) => node.textContent!.replace(/\s+/g, ' ').trim());
const headline = (el: Element) => $(el, '[part~="headline"]')?.textContent!.trim();
const loading = (el: Element) => $(el, '[part~="loading"]');
/** The test server's article, answered after `ms` milliseconds. */
const slow = (ms: number, headline: string) => `/api/slow?ms=${ms}&headline=${headline}`;

/** The next news-load or news-error heard on document. */
const settled = () => nextAnswer(document);

/** Renders a template; resolves with its element and the element's first news-load or news-error. */
async function mount<T extends Element = HTMLElement>(template: TemplateResult): Promise<[T, NewsEvent]> {
  const done = settled();
  const el = await fixture<T>(template);
  return [el, await done];
}

/** A child `<script>` holding `text` (JSON, or not, on purpose). */
const script = (text: string, type = 'application/json') =>
  Object.assign(document.createElement('script'), { type, textContent: text });
/** An element with children, as the parser gives it before it connects. */
const withChildren = (tag: string, ...children: Node[]) => {
  const el = document.createElement(tag);
  el.append(...children);
  return html`${el}`;
};

/** Makes a change and checks the element then shows (and announces) `expected`. */
async function step(el: Element, change: () => void, expected: string) {
  const next = settled();
  change();
  const event = await next;
  expect(event.type, expected).to.equal('news-load');
  expect(event.detail.article!.headline).to.equal(expected);
  expect(headline(el)).to.equal(expected);
}

/** Every event of `type` heard on document until the end of the test. */
let stopRecording: (() => void)[] = [];
function record(type: string): NewsEvent[] {
  const events: NewsEvent[] = [];
  const on = (event: Event) => events.push(event as NewsEvent);
  document.addEventListener(type, on);
  stopRecording.push(() => document.removeEventListener(type, on));
  return events;
}
afterEach(() => {
  stopRecording.forEach((stop) => stop());
  stopRecording = [];
});

/** The page's own JSON-LD block, as a publisher's CMS writes it into <head>. */
function pageJsonLd(headline: string): HTMLScriptElement {
  const graph = [
    { '@type': 'WebPage', '@id': '/page' },
    { '@type': 'NewsArticle', headline, keywords: 'Page, Structured data' },
  ];
  const block = script(JSON.stringify({ '@context': 'https://schema.org', '@graph': graph }), 'application/ld+json');
  document.head.append(block);
  return block;
}

describe('ways in', () => {
  it('reads the article attribute as JSON', async () => {
    const [el, event] = await mount(
      html`<news-card article='{"headline":"From the attribute","url":"/a"}'></news-card>`,
    );
    expect(event.detail.article!.headline).to.equal('From the attribute');
    expect(headline(el)).to.equal('From the attribute');
    expect($(el, 'a')!.getAttribute('href')).to.equal('/a');
  });

  it('reads JSON strings given to the article and labels properties, as React passes them (and names a broken one)', async () => {
    const el = document.createElement('news-card') as NewsCard;
    el.article = JSON.stringify({ headline: 'From a string', url: '/s' });
    const [card, event] = await mount(html`${el}`);
    expect(event.detail.article!.headline).to.equal('From a string');
    expect($(card, 'a')!.getAttribute('href')).to.equal('/s');
    const failed = settled();
    el.article = '{"headline": oops';
    el.labels = JSON.stringify({ error: 'Unreadable.' }) as Partial<Labels>; // the labels too, as JSON text
    expect((await failed).detail.issues[0]).to.include({ path: 'article', severity: 'error' });
    expect($(el, '[role="alert"]')!.textContent).to.include('Unreadable.').and.include('article: not valid JSON');
  });

  it('reads a child application/json script (<news-key-points>, <news-related>)', async () => {
    const [points] = await mount(
      withChildren('news-key-points', script('{"headline":"H","keyPoints":["One.","Two."]}')),
    );
    expect(all(points.shadowRoot!, 'li')).to.deep.equal(['One.', 'Two.']);
    const json = '{"headline":"H","related":[{"headline":"Also","url":"/also"}]}';
    const [related] = await mount(withChildren('news-related', script(json)));
    const link = $(related, 'a')!;
    expect([link.textContent, link.getAttribute('href')]).to.deep.equal(['Also', '/also']);
  });

  it('reads a child schema.org JSON-LD script (<news-tags>, <news-card>)', async () => {
    const ld = (fields: object) =>
      script(
        JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', ...fields }),
        'application/ld+json',
      );
    const [tags, event] = await mount(
      withChildren('news-tags', ld({ headline: 'H', keywords: 'Central Asia, Railways' })),
    );
    expect(event.type).to.equal('news-load');
    expect(all(tags.shadowRoot!, 'li')).to.deep.equal(['Central Asia', 'Railways']);
    const [card] = await mount(withChildren('news-card', ld({ headline: 'In JSON-LD', mainEntityOfPage: '/ld' })));
    expect(headline(card)).to.equal('In JSON-LD');
    expect($(card, 'a')!.getAttribute('href')).to.equal('/ld');
  });

  it('reads a child script added after the element is on the page with nothing else', async () => {
    const el = await fixture<NewsCard>(html`<news-card></news-card>`);
    const done = settled();
    el.append(script('{"headline":"Added later"}'));
    await Promise.race([done, aTimeout(1000)]);
    expect(headline(el)).to.equal('Added later');
  });

  it('keeps its article, with no new news-load, when other children change', async () => {
    const [el] = await mount(
      html`<news-card
        ><script type="application/json">
          { "headline": "Once" }
        </script>
        <p>Fallback</p></news-card
      >`,
    );
    let loads = 0;
    el.addEventListener('news-load', () => loads++);
    el.querySelector('p')!.textContent = 'Changed by the page';
    await aTimeout(100);
    expect([loads, headline(el)]).to.deep.equal([0, 'Once']);
    el.querySelector('script')!.textContent = '{"headline":"Twice"}';
    await waitUntil(() => headline(el) === 'Twice');
    expect(loads).to.equal(1);
  });

  it('fetches src without cookies by default, and with them when credentials="include"', async () => {
    document.cookie = 'news-elements-test=1; path=/';
    try {
      const [omit] = await mount(html`<news-card src="/api/cookie"></news-card>`);
      expect(headline(omit)).to.equal('Without a cookie');
      const [include] = await mount(html`<news-card src="/api/cookie" credentials="include"></news-card>`);
      expect(headline(include)).to.equal('With a cookie');
    } finally {
      document.cookie = 'news-elements-test=; path=/; max-age=0';
    }
  });

  it("reads the page's own JSON-LD Article with from-page", async () => {
    const block = pageJsonLd('Read from the page');
    try {
      const [el, event] = await mount<NewsArticle>(html`<news-article from-page></news-article>`);
      expect(event.detail.article!.headline).to.equal('Read from the page');
      expect(headline(el)).to.equal('Read from the page');
      const tags = el.shadowRoot!.querySelector('news-tags')!;
      await tags.updateComplete;
      expect(all(tags.shadowRoot!, 'li')).to.deep.equal(['Page', 'Structured data']);
    } finally {
      block.remove();
    }
  });

  it('follows the precedence property > attribute > script > src > from-page, as inputs go and come back', async () => {
    const block = pageJsonLd('Page');
    try {
      const card = document.createElement('news-card');
      Object.assign(card, { article: { headline: 'Property' }, fromPage: true });
      card.setAttribute('article', '{"headline":"Attribute"}');
      card.setAttribute('src', '/api/article.json?headline=Src');
      card.append(script('{"headline":"Script"}'));
      const [el, event] = await mount<NewsCard>(html`${card}`);
      expect(event.detail.article!.headline).to.equal('Property');
      expect(headline(el)).to.equal('Property');
      await step(el, () => (el.article = undefined), 'Attribute');
      await step(el, () => el.removeAttribute('article'), 'Script');
      await step(el, () => el.querySelector('script')!.remove(), 'Src');
      await step(el, () => el.removeAttribute('src'), 'Page');
      // And back up again, in another order.
      await step(el, () => (el.src = '/api/article.json?headline=Src again'), 'Src again');
      await step(el, () => el.append(script('{"headline":"Script again"}')), 'Script again');
      await step(el, () => (el.article = { headline: 'Property again' }), 'Property again');
      el.setAttribute('article', '{"headline":"Attribute again"}');
      await el.updateComplete;
      expect(headline(el), 'the property still wins').to.equal('Property again');
      await step(el, () => (el.article = undefined), 'Attribute again');
    } finally {
      block.remove();
    }
  });

  it('lets the property win over a src that is loading, and falls back to src when it is removed', async () => {
    const el = await fixture<NewsCard>(html`<news-card src=${slow(300, 'Fetched')}></news-card>`);
    await step(el, () => (el.article = { headline: 'Property' }), 'Property');
    await aTimeout(500); // the src answer arrives meanwhile
    expect(headline(el)).to.equal('Property');
    await step(el, () => (el.article = undefined), 'Fetched');
  });

  it('shows an invalid property article at once, even while a src request is still pending', async () => {
    const el = await fixture<NewsCard>(html`<news-card src=${slow(1500, 'Late')}></news-card>`);
    await waitUntil(() => loading(el), 'the request starts');
    const errors = record('news-error');
    el.article = { description: 'An article without a headline' };
    await el.updateComplete;
    expect($(el, '[part~="error"]')!.textContent).to.include('headline:');
    expect(el.getAttribute('aria-busy'), 'the error box is not inside a busy region').to.equal(null);
    expect(errors.map((event) => event.detail.issues[0].path)).to.deep.equal(['headline']);
  });

  it('never lets a slow answer for an old src replace a newer one', async () => {
    const el = await fixture<NewsCard>(html`<news-card src=${slow(800, 'Old')}></news-card>`);
    await waitUntil(() => loading(el), 'the Old request starts');
    const loads = record('news-load');
    el.src = '/api/article.json?headline=New';
    await waitUntil(() => headline(el) === 'New', 'New is shown');
    await aTimeout(1000); // past the moment the Old answer would have come
    expect(headline(el)).to.equal('New');
    expect(loads.map((event) => event.detail.article!.headline)).to.deep.equal(['New']);
  });

  it('aborts its request when it leaves the page, and loads again when it comes back', async () => {
    const el = await fixture<NewsCard>(html`<news-card src=${slow(500, 'Back')}></news-card>`);
    await waitUntil(() => loading(el), 'the request starts');
    const loads = record('news-load');
    const errors = record('news-error');
    el.remove();
    await aTimeout(900);
    expect([...loads, ...errors], 'no event from an aborted request').to.deep.equal([]);
    const back = settled();
    document.body.append(el);
    try {
      expect((await back).detail.article!.headline).to.equal('Back');
      expect(headline(el)).to.equal('Back');
    } finally {
      el.remove();
    }
  });
});

describe('loading state and fallback', () => {
  it('is aria-busy with a "Loading" status line while src loads, when it has no fallback', async () => {
    const el = await fixture<NewsCard>(html`<news-card src=${slow(500, 'Loaded')}></news-card>`);
    const done = oneEvent(el, 'news-load');
    await waitUntil(() => loading(el), 'the loading line shows');
    expect(el.getAttribute('aria-busy')).to.equal('true');
    expect(loading(el)!.getAttribute('role')).to.equal('status');
    expect(loading(el)!.textContent).to.equal('Loading the article…');
    await done;
    expect(headline(el)).to.equal('Loaded');
    expect(el.hasAttribute('aria-busy')).to.equal(false);
    expect(loading(el)).to.equal(null);
  });

  it('keeps light-DOM fallback shown while src loads, then replaces it with the article', async () => {
    const el = await fixture<NewsArticle>(
      html`<news-article src=${slow(600, 'Arrived')}><a href="/story">Read the story</a></news-article>`,
    );
    const done = oneEvent(el, 'news-load');
    const fallback = el.querySelector('a')!;
    await aTimeout(200);
    expect(el.getAttribute('aria-busy')).to.equal('true');
    const slot = el.shadowRoot!.querySelector('slot')!;
    expect(slot.assignedElements().map((node) => node.textContent)).to.deep.equal(['Read the story']);
    expect(fallback.getClientRects().length).to.be.greaterThan(0);
    expect(loading(el), 'no loading line beside a fallback').to.equal(null);
    await done;
    expect(headline(el)).to.equal('Arrived');
    expect(el.shadowRoot!.querySelector('slot')).to.equal(null);
    expect(fallback.getClientRects().length, 'the fallback is no longer shown').to.equal(0);
    expect(el.hasAttribute('aria-busy')).to.equal(false);
  });
});

describe('errors', () => {
  for (const [name, src, timeout, says] of [
    ['HTTP 404', '/api/status/404', undefined, '404'],
    ['HTTP 500', '/api/status/500', undefined, '500'],
    ['invalid JSON', '/api/invalid', undefined, 'not valid JSON'],
    ['a web page', '/api/page', undefined, 'is a web page, not article JSON or a feed'],
    ['a web page sent as JSON', '/api/page?type=application/json', undefined, 'is a web page'],
    ['a timeout', '/api/slow?ms=2000', '200', '200 ms'],
  ] as const) {
    it(`shows an alert naming ${name} and the URL, with Retry, and fires news-error`, async () => {
      const [el, event] = await mount(html`<news-card src=${src} timeout=${timeout ?? nothing}></news-card>`);
      expect(event.type).to.equal('news-error');
      expect(event.detail.issues[0]).to.include({ path: 'src', severity: 'error' });
      const error = $(el, '[part~="error"]')!;
      expect(error.getAttribute('role')).to.equal('alert');
      expect(error.textContent).to.include('This article could not be shown.').and.include(says).and.include(src);
      expect($(el, 'button[part~="retry"]')!.textContent).to.equal('Retry');
      expect(el.hasAttribute('aria-busy')).to.equal(false);
      await expect(el).to.be.accessible();
    });
  }

  it('retries a failed request with the Retry button', async () => {
    const src = `/api/flaky?key=${Math.random().toString(36).slice(2)}`;
    const [el, failed] = await mount(html`<news-card src=${src}></news-card>`);
    expect(failed.type).to.equal('news-error');
    expect($(el, '[part~="error"]')!.textContent).to.include('503');
    const loaded = oneEvent(el, 'news-load');
    $(el, '[part~="retry"]')!.click();
    expect((await loaded).detail.article.headline).to.equal('Second time lucky');
    expect(headline(el)).to.equal('Second time lucky');
    expect($(el, '[part~="error"]')).to.equal(null);
  });

  it('names the article attribute when it is not valid JSON (<news-tags>)', async () => {
    const [el, event] = await mount(html`<news-tags article='{"headline": oops'></news-tags>`);
    expect(event.type).to.equal('news-error');
    expect(event.detail.issues[0]).to.include({ path: 'article', severity: 'error' });
    expect($(el, '[role="alert"]')!.textContent).to.include('article: not valid JSON');
    expect($(el, '[part~="retry"]'), 'nothing to retry').to.equal(null);
  });

  it('names the child script when it is not valid JSON (<news-key-points>)', async () => {
    const [el, event] = await mount(withChildren('news-key-points', script('{"headline": ')));
    expect(event.type).to.equal('news-error');
    expect(event.detail.issues[0]).to.include({ path: 'script', severity: 'error' });
    expect($(el, '[role="alert"]')!.textContent).to.include('script: not valid JSON');
  });
});
