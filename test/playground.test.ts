// demo/playground.html in a frame, used as a publisher would: type article JSON, JSON-LD or a feed,
// read the issues, flip the switches, and send the link that brings it all back.
import { expect, waitUntil } from '@open-wc/testing';
import { seed } from './fixtures/articles.js';

type FrameWindow = Window & typeof globalThis;
type ArticleElement = HTMLElement & { article?: unknown };

const ARTICLE_ELEMENTS = ['news-article', 'news-card', 'news-key-points', 'news-tags', 'news-related'];
const ALL = [...ARTICLE_ELEMENTS, 'news-feed'];

const text = (node: Node | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** The playground in a frame wide enough for its two columns, once it has read its state and rendered. */
async function open(hash = ''): Promise<Playground> {
  const frame = document.createElement('iframe');
  Object.assign(frame.style, { width: '1200px', height: '800px', border: '0' });
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/demo/playground.html${hash}`;
  document.body.append(frame);
  await loaded;
  const playground = new Playground(frame);
  await playground.settled();
  await waitUntil(() => playground.headline('news-article') !== '', 'the playground rendered nothing', {
    timeout: 8000,
  });
  return playground;
}

class Playground {
  constructor(readonly frame: HTMLIFrameElement) {}

  get win() {
    return this.frame.contentWindow as FrameWindow;
  }
  get doc() {
    return this.frame.contentDocument!;
  }
  get textarea() {
    return this.doc.getElementById('json') as HTMLTextAreaElement;
  }
  get issues() {
    return this.doc.getElementById('issues')!;
  }
  get format() {
    return text(this.doc.getElementById('format'));
  }
  get wrapper() {
    return this.doc.getElementById('elements')!;
  }
  el(name: string) {
    return this.wrapper.querySelector<ArticleElement>(name)!;
  }
  select(key: 'lang' | 'theme' | 'level' | 'variant') {
    return this.doc.getElementById(key) as HTMLSelectElement;
  }

  /** The headline an element shows (empty while there is none). */
  headline(name: string): string {
    return text(this.el(name).shadowRoot?.querySelector('[part~="headline"]'));
  }

  /** Until no parse and no URL update is still to come. */
  settled() {
    return waitUntil(() => !this.doc.documentElement.hasAttribute('data-pending'), 'the playground stayed busy', {
      timeout: 8000,
    });
  }

  /** Types `value` into the textarea (one input event, as a paste makes) and waits for the page to settle. */
  async type(value: string) {
    this.textarea.value = value;
    this.textarea.dispatchEvent(new this.win.Event('input', { bubbles: true }));
    await this.settled();
  }

  async choose(key: 'lang' | 'theme' | 'level' | 'variant', value: string) {
    const select = this.select(key);
    select.value = value;
    select.dispatchEvent(new this.win.Event('change', { bubbles: true }));
    await this.settled();
  }

  /** The issues listed, each as its text ("error headline: …"). */
  issueTexts(): string[] {
    return [...this.issues.querySelectorAll('li')].map(text);
  }
}

describe('demo/playground.html', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('opens on the seed article, rendered, with no issue, and links from the demo page', async () => {
    const page = await open();
    expect(JSON.parse(page.textarea.value).headline).to.equal(seed.headline);
    expect(page.headline('news-article')).to.equal(seed.headline);
    expect(page.headline('news-card')).to.equal(seed.headline);
    expect(page.format).to.equal('format v1');
    await waitUntil(() => text(page.issues) === 'No issues', 'the seed article has issues');
    expect(page.issues.getAttribute('aria-live')).to.equal('polite');
    for (const select of page.doc.querySelectorAll('select')) expect(select.labels.length).to.equal(1);
    expect(page.textarea.labels.length).to.equal(1);
    const demo = await (await fetch('/demo/index.html')).text();
    expect(demo).to.include('href="playground.html"');
  });

  it('renders what is typed: the headline in the article and in the card', async () => {
    const page = await open();
    await page.type(JSON.stringify({ headline: 'Typed into the playground', tags: ['One', 'Two'] }));
    await waitUntil(() => page.headline('news-article') === 'Typed into the playground', 'the article did not follow');
    await waitUntil(() => page.headline('news-card') === 'Typed into the playground', 'the card did not follow');
    const tags = [...page.el('news-tags').shadowRoot!.querySelectorAll('li')].map(text);
    expect(tags).to.deep.equal(['One', 'Two']);
    expect(page.format).to.equal('format v1');
    await waitUntil(() => text(page.issues) === 'No issues');
  });

  it('shows a parse error with its line and column, and keeps the last render', async () => {
    const page = await open();
    await page.type('{"headline": "Last good one"}');
    await waitUntil(() => page.headline('news-article') === 'Last good one');
    await page.type('{"headline": "Broken",\n  "tags": [1 2]}');
    expect(page.format).to.equal('not JSON');
    const [issue, ...more] = page.issueTexts();
    expect(more).to.deep.equal([]);
    expect(issue).to.match(/^error line 2, column 14: \S/);
    expect(page.issues.querySelector('li')!.className).to.include('error');
    expect(text(page.issues)).to.include('still show the last input');
    expect(page.headline('news-article')).to.equal('Last good one');
    expect(page.headline('news-card')).to.equal('Last good one');

    await page.type('');
    expect(page.issueTexts()).to.deep.equal(['error JSON: the input is empty']);
    expect(page.headline('news-article')).to.equal('Last good one');
  });

  it('lists an invalid article’s issues from news-error, once for all the elements', async () => {
    const page = await open();
    const errors: string[] = [];
    page.wrapper.addEventListener('news-error', (event) => errors.push((event.target as Element).localName));
    await page.type('{"headline": ""}');
    await waitUntil(() => page.issueTexts().length > 0, 'no issue was listed');
    await waitUntil(() => errors.length >= ARTICLE_ELEMENTS.length, 'the elements did not answer with news-error');
    const issues = page.issueTexts();
    expect(issues).to.have.length(1);
    expect(issues[0]).to.match(/^error headline: required: a non-empty string/);
    const error = page.el('news-article').shadowRoot!.querySelector('[part~="error"]');
    expect(text(error)).to.include('headline: required');
  });

  it('detects JSON-LD and renders it', async () => {
    const page = await open();
    const jsonLd = {
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Read from JSON-LD',
      datePublished: '2025-06-17',
      keywords: ['Astana'],
    };
    await page.type(JSON.stringify(jsonLd, null, 2));
    expect(page.format).to.equal('JSON-LD');
    await waitUntil(() => page.headline('news-article') === 'Read from JSON-LD', 'the JSON-LD did not render', {
      timeout: 8000,
    });
    expect(page.headline('news-card')).to.equal('Read from JSON-LD');
    await waitUntil(() => text(page.issues) === 'No issues');
  });

  it('gives a feed to news-feed and its first item to the five article elements', async () => {
    const page = await open();
    const feed = [{ headline: 'First of the feed', tags: ['Feed'] }, { headline: 'Second of the feed' }];
    await page.type(JSON.stringify(feed));
    expect(page.format).to.match(/^feed · 2 articles/);
    for (const name of ARTICLE_ELEMENTS) {
      expect((page.el(name).article as { headline: string }).headline, name).to.equal('First of the feed');
    }
    await waitUntil(() => page.headline('news-article') === 'First of the feed');
    await waitUntil(() => page.headline('news-card') === 'First of the feed');
    if (page.win.customElements.get('news-feed')) {
      const cards = () => [...(page.el('news-feed').shadowRoot?.querySelectorAll('news-card') ?? [])];
      await waitUntil(() => cards().length === 2, 'the feed did not render its two cards', { timeout: 8000 });
      await waitUntil(() => cards().every((card) => card.shadowRoot?.querySelector('[part~="headline"]')));
      const headlines = cards().map((card) => text(card.shadowRoot!.querySelector('[part~="headline"]')));
      expect(headlines).to.deep.equal(['First of the feed', 'Second of the feed']);
    } else {
      expect(page.doc.getElementById('feed-note')!.hidden).to.equal(false);
    }
  });

  it('sets lang, theme, heading-level and headline-variant from the switches', async () => {
    const page = await open();
    await page.choose('lang', 'de');
    await page.choose('theme', 'dark');
    await page.choose('level', '4');
    await page.choose('variant', '1');
    expect(page.wrapper.getAttribute('lang')).to.equal('de');
    for (const name of ALL) {
      const el = page.el(name);
      expect([el.getAttribute('lang'), el.getAttribute('theme'), el.getAttribute('heading-level')], name).to.deep.equal(
        ['de', 'dark', '4'],
      );
    }
    for (const name of ['news-article', 'news-card', 'news-feed']) {
      expect(page.el(name).getAttribute('headline-variant'), name).to.equal('1');
    }
    expect(page.el('news-tags').hasAttribute('headline-variant')).to.equal(false);
    // The elements follow: labels in German, the article's headline an <h4>.
    const tagsHeading = () => page.el('news-tags').shadowRoot!.querySelector('[part~="heading"]');
    await waitUntil(() => text(tagsHeading()) === 'Schlagwörter', 'the labels are not in German', { timeout: 8000 });
    expect(tagsHeading()!.localName).to.equal('h4');
    expect(page.el('news-article').shadowRoot!.querySelector('[part~="headline"]')!.localName).to.equal('h4');

    await page.choose('theme', '');
    await page.choose('lang', '');
    expect(page.el('news-card').hasAttribute('theme')).to.equal(false);
    expect(page.wrapper.hasAttribute('lang')).to.equal(false);
    await waitUntil(() => text(tagsHeading()) === 'Tags', 'the labels did not go back to the article’s language');
  });

  it('keeps the input and the switches in the URL: a new page with that hash restores them', async () => {
    const first = await open();
    const input = JSON.stringify({ headline: 'Sent as a link', description: 'Ünïcödé — 中文 ✓' }, null, 2);
    await first.type(input);
    await first.choose('lang', 'fr');
    await first.choose('theme', 'light');
    await first.choose('level', '3');
    await first.choose('variant', 'auto');
    const { hash } = first.win.location;
    const params = new URLSearchParams(hash.slice(1));
    expect(Object.fromEntries([...params].filter(([key]) => !['z', 'json'].includes(key)))).to.deep.equal({
      lang: 'fr',
      theme: 'light',
      level: '3',
      variant: 'auto',
    });
    expect(params.has('z') || params.has('json'), 'the input is in the hash').to.equal(true);
    first.frame.remove();

    const second = await open(hash);
    expect(second.textarea.value).to.equal(input);
    expect(['lang', 'theme', 'level', 'variant'].map((key) => second.select(key as 'lang').value)).to.deep.equal([
      'fr',
      'light',
      '3',
      'auto',
    ]);
    await waitUntil(() => second.headline('news-article') === 'Sent as a link', 'the input did not come back');
    expect(second.headline('news-card')).to.equal('Sent as a link');
    expect(second.el('news-card').getAttribute('theme')).to.equal('light');
    expect(second.el('news-article').getAttribute('lang')).to.equal('fr');
    expect(second.el('news-article').getAttribute('headline-variant')).to.equal('auto');
    expect(second.win.location.hash).to.equal(hash);
  });

  it('copies the link, or shows it selected where the clipboard is refused', async () => {
    const page = await open();
    await page.choose('theme', 'dark');
    const status = page.doc.getElementById('copy-status')!;
    (page.doc.getElementById('copy') as HTMLButtonElement).click();
    await waitUntil(() => text(status) !== '', 'no status after Copy link', { timeout: 8000 });
    const field = page.doc.getElementById('link') as HTMLInputElement;
    if (text(status) === 'Copied') expect(page.doc.getElementById('link-box')!.hidden).to.equal(true);
    else expect(field.value).to.equal(page.win.location.href);
    expect(page.win.location.hash).to.include('theme=dark');
  });
});
