import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../src/components/news-article/news-article.js';
import type { NewsArticle } from '../src/components/news-article/news-article.js';
import { full, seed } from './fixtures/articles.js';
import { setArticle } from './helpers.js';

const render = (article: unknown, attrs = '') =>
  fixture<NewsArticle>(
    attrs === 'heading-level'
      ? html`<news-article heading-level="3" .article=${article}></news-article>`
      : html`<news-article .article=${article}></news-article>`,
  );
const part = (el: Element, name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]`);
const texts = (nodes: Iterable<Element>) => [...nodes].map((n) => n.textContent!.replace(/\s+/g, ' ').trim());
/** The shadow root of one of the elements <news-article> composes. */
const nested = (el: Element, tag: string) => el.shadowRoot!.querySelector(tag)!.shadowRoot!;

describe('<news-article>', () => {
  it('renders the seed article: headline, deck, every paragraph, key points, tags and related links', async () => {
    const el = await render(seed);
    const root = el.shadowRoot!;
    expect(root.querySelectorAll('article')).to.have.length(1);
    expect(root.querySelector('h1')!.textContent).to.equal(seed.headline);
    expect(part(el, 'deck')!.textContent).to.equal((seed.alternativeHeadline as string[])[0]);
    const paragraphs = (seed.articleBody as string).split('\n\n');
    expect(paragraphs).to.have.length(7);
    expect(texts(root.querySelectorAll('[part~="body"] p'))).to.deep.equal(paragraphs);

    const keyPoints = nested(el, 'news-key-points');
    expect(keyPoints.querySelector('h2')!.textContent).to.equal('Key points');
    expect(texts(keyPoints.querySelectorAll('ol > li'))).to.deep.equal(seed.keyPoints);

    const tags = nested(el, 'news-tags');
    expect(texts(tags.querySelectorAll('li'))).to.deep.equal(seed.tags);
    expect(tags.querySelectorAll('li')).to.have.length(13);

    const related = nested(el, 'news-related');
    const links = [...related.querySelectorAll('nav a')] as HTMLAnchorElement[];
    expect(links.map((a) => [a.textContent, a.getAttribute('href')])).to.deep.equal(
      seed.related!.map((r) => [r.headline, r.url]),
    );
  });

  it('renders every field of a full article in its place', async () => {
    const el = await render(full);
    expect(part(el, 'section')!.textContent).to.equal('World');
    expect(part(el, 'description')!.textContent).to.equal(full.description);
    expect(part(el, 'deck')!.textContent).to.equal(full.alternativeHeadline);

    const byline = part(el, 'byline')!;
    expect(byline.textContent!.replace(/\s+/g, ' ').trim()).to.equal('By Aigerim Bekova, Chen Li, and Sam Doe');
    const authorLinks = [...byline.querySelectorAll('a')];
    expect(authorLinks.map((a) => [a.textContent, a.getAttribute('href')])).to.deep.equal([
      ['Aigerim Bekova', 'https://example.com/authors/aigerim'],
    ]);
    expect(part(el, 'publisher')!.querySelector('a')!.getAttribute('href')).to.equal('https://example.com/');

    const times = [...el.shadowRoot!.querySelectorAll('[part~="meta"] time')];
    expect(times.map((t) => t.getAttribute('datetime'))).to.deep.equal([full.datePublished, full.dateModified]);
    expect(times[0].textContent).to.match(/June 3, 2024/);
    const dated = (name: string) => part(el, name)!.textContent!.replace(/\s+/g, ' ').trim();
    expect(dated('published')).to.equal(`Published ${times[0].textContent}`);
    expect(dated('updated')).to.equal(`Updated ${times[1].textContent}`);
    expect(dated('reading-time')).to.equal('Reading time: 1 minute');

    const img = part(el, 'image') as HTMLImageElement;
    expect(img.closest('figure')).to.equal(part(el, 'figure'));
    expect(img.getAttribute('src')).to.equal('/test/fixtures/hero.svg');
    expect(img.alt).to.equal('Delegates on the steps of the palace');
    expect([img.getAttribute('width'), img.getAttribute('height')]).to.deep.equal(['1200', '675']);
    expect(part(el, 'caption')!.tagName).to.equal('FIGCAPTION');
    expect(part(el, 'caption')!.textContent).to.include('The delegations after the signing.');
    expect(part(el, 'credit')!.textContent).to.equal('Photo: Test Agency');

    const first = el.shadowRoot!.querySelector('[part~="body"] p')!;
    expect(first.querySelector('[part~="dateline"]')!.textContent).to.equal('Astana');
    expect(first.textContent).to.equal('Astana — The first paragraph.');
    expect(el.shadowRoot!.querySelectorAll('[part~="body"] p')).to.have.length(3);
    expect(el.shadowRoot!.querySelector('article')!.getAttribute('lang')).to.equal('en');
  });

  it('reserves the hero image space from its width and height before it loads', async () => {
    const el = await render({ ...full, image: { ...(full.image as object), url: '/never-loads.png' } });
    const img = part(el, 'image') as HTMLImageElement;
    const { width, height } = img.getBoundingClientRect();
    expect(width).to.be.greaterThan(0);
    expect(height / width).to.be.closeTo(675 / 1200, 0.01);
  });

  it('leaves out what an article does not have, with no empty boxes', async () => {
    const el = await render({ headline: 'Only a headline' });
    for (const name of ['section', 'deck', 'description', 'meta', 'figure', 'dateline']) {
      expect(part(el, name), name).to.equal(null);
    }
    for (const tag of ['news-key-points', 'news-tags', 'news-related']) {
      const child = el.shadowRoot!.querySelector(tag) as HTMLElement;
      expect(child.offsetHeight, tag).to.equal(0);
      expect(child.shadowRoot!.querySelector('ol, ul'), tag).to.equal(null);
    }
  });

  it('follows a replaced article', async () => {
    const el = await render(seed);
    el.article = full;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('h1')!.textContent).to.equal(full.headline);
    const tags = el.shadowRoot!.querySelector('news-tags')!;
    await tags.updateComplete;
    expect(texts(tags.shadowRoot!.querySelectorAll('li'))).to.deep.equal(['Central Asia', 'Railways', 'China']);
  });

  it('sets heading levels from heading-level, nested headings one below', async () => {
    const el = await render(full, 'heading-level');
    expect(part(el, 'headline')!.tagName).to.equal('H3');
    expect(nested(el, 'news-tags').querySelector('[part~="heading"]')!.tagName).to.equal('H4');
    expect(nested(el, 'news-related').querySelector('[part~="heading"]')!.tagName).to.equal('H4');
  });

  it('fires one news-load for the whole article, with the normalized article and its warnings', async () => {
    const loads: CustomEvent[] = [];
    const listener = (e: Event) => loads.push(e as CustomEvent);
    document.addEventListener('news-load', listener);
    try {
      const el = await render({ ...full, tags: ['ok', { name: 'bad', url: 'javascript:alert(1)' }] });
      await Promise.all(
        ['news-tags', 'news-key-points', 'news-related'].map(
          (t) => (el.shadowRoot!.querySelector(t) as LitElement).updateComplete,
        ),
      );
      expect(loads).to.have.length(1);
      expect(loads[0].composed).to.equal(true);
      expect(loads[0].detail.article.headline).to.equal(full.headline);
      expect(loads[0].detail.issues).to.deep.equal([
        { path: 'tags[1].url', message: 'not an http(s) or relative URL; dropped', severity: 'warning' },
      ]);
      expect(nested(el, 'news-tags').querySelector('a')).to.equal(null);
    } finally {
      document.removeEventListener('news-load', listener);
    }
  });

  it('shows the error state and fires news-error when the headline is missing', async () => {
    const el = document.createElement('news-article');
    document.body.append(el);
    const event = oneEvent(el, 'news-error');
    el.article = { ...full, headline: '   ' };
    const { detail } = await event;
    expect(detail.issues[0]).to.deep.include({ path: 'headline', severity: 'error' });
    const error = part(el, 'error')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(error.textContent).to.include('This article could not be shown.').and.include('headline');
    expect(el.shadowRoot!.querySelector('article')).to.equal(null);
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('shows its fallback content until an article is set', async () => {
    const el = await fixture<NewsArticle>(html`<news-article><a href="/story">Read the story</a></news-article>`);
    const slot = el.shadowRoot!.querySelector('slot')!;
    expect(slot.assignedElements().map((e) => e.textContent)).to.deep.equal(['Read the story']);
    el.article = seed;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('slot')).to.equal(null);
  });

  it('is accessible with the seed article and with every field', async () => {
    await expect(await render(seed)).to.be.accessible();
    await expect(await render(full)).to.be.accessible();
  });

  describe('reading time', () => {
    const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');
    const readingTime = async (article: object) => {
      const el = await fixture<NewsArticle>(html`<news-article></news-article>`);
      await setArticle(el, { headline: 'Reading', ...article });
      return part(el, 'reading-time')?.textContent ?? null;
    };

    it('counts the body at about 230 words a minute, rounded up, with the plural from Intl', async () => {
      expect(await readingTime({ articleBody: words(40) })).to.equal('Reading time: 1 minute');
      expect(await readingTime({ articleBody: `${words(231)}\n\n${words(229)}` })).to.equal('Reading time: 2 minutes');
    });

    it('counts the words of an HTML body, not its markup', async () => {
      const body = `<p class="lead" data-x="a b c d e f">${words(200)}</p><p><a href="/x" title="t u v w">${words(30)}</a></p>`;
      expect(await readingTime({ bodyHtml: body })).to.equal('Reading time: 1 minute');
      expect(await readingTime({ bodyHtml: `${body}<p>${words(1)}</p>` })).to.equal('Reading time: 2 minutes');
    });

    it('counts each Chinese character or Japanese kana as a word, and no punctuation standing alone', async () => {
      expect(await readingTime({ articleBody: '中'.repeat(461), inLanguage: 'zh' })).to.equal('阅读时间：3分钟');
      // 232 characters of kana and kanji: just over a minute.
      expect(await readingTime({ articleBody: `${'ひらがなカタカナ漢字'.repeat(23)}かな` })).to.equal(
        'Reading time: 2 minutes',
      );
      expect(await readingTime({ articleBody: '漢字。'.repeat(115) })).to.equal('Reading time: 1 minute');
      expect(await readingTime({ articleBody: `${words(230)} ${'— '.repeat(230)}` })).to.equal(
        'Reading time: 1 minute',
      );
      expect(await readingTime({ articleBody: `${words(230)} “quoted”` })).to.equal('Reading time: 2 minutes');
    });

    it("takes the article's own wordCount over the body, and warns about an invalid or absurd one", async () => {
      expect(await readingTime({ articleBody: words(10), wordCount: 1200 })).to.equal('Reading time: 6 minutes');
      for (const wordCount of ['many', 1e15]) {
        const el = document.createElement('news-article') as NewsArticle;
        document.body.append(el);
        el.article = { headline: 'Reading', articleBody: words(10), wordCount };
        const { detail } = await oneEvent(el, 'news-load');
        expect(detail.issues.map((i: { path: string }) => i.path)).to.deep.equal(['wordCount']);
        await el.updateComplete;
        expect(part(el, 'reading-time')!.textContent).to.equal('Reading time: 1 minute');
        el.remove();
      }
    });

    it('writes the minutes in the locale, so a label for a language not built in reads right', async () => {
      const el = await fixture<NewsArticle>(
        html`<news-article lang="pt-BR" .labels=${{ readingTime: 'Tempo de leitura: {time}' }}></news-article>`,
      );
      await setArticle(el, { headline: 'Leitura', wordCount: 600 });
      expect(part(el, 'reading-time')!.textContent).to.equal('Tempo de leitura: 3 minutos');
    });

    it('is left out without a body or a wordCount', async () => {
      expect(await readingTime({ description: 'Only a summary.' })).to.equal(null);
    });
  });
});
