// The reader's language (labels, dates, direction) and the look on a stranger's page: inherited
// colours on a dark page, the theme attribute and the custom properties (axe for every state is in
// accessibility.test.ts).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import type { NewsArticle } from '../src/components/news-article/news-article.js';
import { full } from './fixtures/articles.js';

const KEY_POINTS: Record<string, string> = {
  en: 'Key points',
  de: 'Das Wichtigste',
  fr: 'Points clés',
  es: 'Puntos clave',
  ru: 'Главное',
  zh: '要点',
  ar: 'أبرز النقاط',
  kk: 'Негізгі ойлар',
};
const READING_TIME: Record<string, string> = {
  en: 'Reading time: {time}',
  de: 'Lesezeit: {time}',
  fr: '{time} de lecture',
  es: '{time} de lectura',
  ru: '{time} чтения',
  zh: '阅读时间：{time}',
  ar: 'مدة القراءة: {time}',
  kk: 'Оқу уақыты: {time}',
};
// 600 words: three minutes, a number whose plural differs from "one" in every language here.
const article = { ...full, inLanguage: undefined, wordCount: 600 };

/** A <news-article> once it has rendered, with the composed key points' shadow root. */
async function show(template: ReturnType<typeof html>) {
  const host = await fixture<HTMLElement>(template);
  const el = (host.localName === 'news-article' ? host : host.querySelector('news-article')) as NewsArticle;
  await waitUntil(() => el.shadowRoot!.querySelector('h1'), 'the article did not render');
  const keyPoints = el.shadowRoot!.querySelector('news-key-points')!;
  await waitUntil(() => keyPoints.shadowRoot!.querySelector('[part~="heading"]'));
  return { el, heading: keyPoints.shadowRoot!.querySelector('[part~="heading"]')!.textContent };
}
const published = (el: Element) => el.shadowRoot!.querySelector('[part~="meta"] time')!.textContent;
const longDate = (locale: string) =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(full.datePublished!));

describe('language', () => {
  for (const [locale, label] of Object.entries(KEY_POINTS)) {
    it(`writes its labels and dates in ${locale}`, async () => {
      const { el, heading } = await show(html`<news-article lang=${locale} .article=${article}></news-article>`);
      expect(heading).to.equal(label);
      expect(published(el)).to.equal(longDate(locale));
      const minutes = new Intl.NumberFormat(locale, { style: 'unit', unit: 'minute', unitDisplay: 'long' }).format(3);
      const readingTime = el.shadowRoot!.querySelector('[part~="reading-time"]')!.textContent;
      expect(readingTime).to.equal(READING_TIME[locale].replace('{time}', minutes));
    });
  }

  it('falls back from a region to its language, and from an unknown language to English labels', async () => {
    const austrian = await show(html`<news-article lang="de-AT" .article=${article}></news-article>`);
    expect(austrian.heading).to.equal('Das Wichtigste');
    expect(published(austrian.el)).to.equal(longDate('de-AT'));
    const brazilian = await show(html`<news-article lang="pt-BR" .article=${article}></news-article>`);
    expect(brazilian.heading).to.equal('Key points');
    expect(published(brazilian.el)).to.equal(longDate('pt-BR'));
  });

  it("takes the locale from lang, else the article's inLanguage, else the nearest ancestor's lang", async () => {
    expect(
      (await show(html`<news-article lang="fr" .article=${{ ...article, inLanguage: 'de' }}></news-article>`)).heading,
    ).to.equal('Points clés');
    expect(
      (
        await show(
          html`<div lang="es"><news-article .article=${{ ...article, inLanguage: 'de' }}></news-article></div>`,
        )
      ).heading,
    ).to.equal('Das Wichtigste');
    expect((await show(html`<div lang="es"><news-article .article=${article}></news-article></div>`)).heading).to.equal(
      'Puntos clave',
    );
  });

  it('lets the labels property override any label', async () => {
    const { heading } = await show(
      html`<news-article lang="de" .labels=${{ keyPoints: 'Kurz gesagt' }} .article=${article}></news-article>`,
    );
    expect(heading).to.equal('Kurz gesagt');
  });

  it('takes labels as JSON in the labels attribute, and ignores what is not a text', async () => {
    const { el, heading } = await show(
      html`<news-article
        labels='{"keyPoints":"In short","by":5,"readingTime":null}'
        .article=${article}
      ></news-article>`,
    );
    expect(heading).to.equal('In short');
    expect(el.shadowRoot!.querySelector('[part~="reading-time"]')!.textContent).to.equal('Reading time: 3 minutes');
    el.setAttribute('labels', 'not JSON');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="byline"]')!.textContent).to.match(/^By /);
  });

  it('shows date-times in the time-zone attribute, with its name; dates alone stay the calendar day', async () => {
    const el = (await show(html`<news-article time-zone="Asia/Tokyo" .article=${article}></news-article>`)).el;
    const tokyo = new Intl.DateTimeFormat('en', {
      ...{ year: 'numeric', month: 'long', day: 'numeric', hour: 'numeric', minute: '2-digit' },
      ...{ timeZone: 'Asia/Tokyo', timeZoneName: 'short' },
    }).format(new Date(full.datePublished!));
    expect(published(el)).to.equal(tokyo);
    const card = await fixture<HTMLElement & { article: unknown; updateComplete: Promise<boolean> }>(
      html`<news-card
        time-zone="Pacific/Kiritimati"
        .article=${{ headline: 'H', datePublished: '2024-06-03' }}
      ></news-card>`,
    );
    await card.updateComplete;
    expect(card.shadowRoot!.querySelector('time')!.textContent).to.equal('Jun 3, 2024');
    el.setAttribute('time-zone', 'Mars/Olympus_Mons'); // unknown: the reader's own zone
    await el.updateComplete;
    expect(published(el)).to.equal(longDate('en'));
  });

  it('sets dir=rtl for right-to-left languages, leaves a dir the page set, and passes axe', async () => {
    const { el } = await show(html`<news-article lang="ar" .article=${article}></news-article>`);
    expect(el.getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle(el.shadowRoot!.querySelector('h1')!).direction).to.equal('rtl');
    await expect(el).to.be.accessible();
    const hebrew = await show(html`<news-article .article=${{ ...article, inLanguage: 'he' }}></news-article>`);
    expect(hebrew.el.getAttribute('dir')).to.equal('rtl');
    const english = await show(html`<news-article dir="ltr" .article=${article}></news-article>`);
    expect(english.el.getAttribute('dir')).to.equal('ltr');
  });
});

describe('look', () => {
  it('inherits the font and colour of a dark page, and passes axe there', async () => {
    const { el } = await show(
      html`<div style="background:#111;color:rgb(240, 240, 240);font-family:Georgia, serif">
        <news-article .article=${article}></news-article>
      </div>`,
    );
    const h1 = getComputedStyle(el.shadowRoot!.querySelector('h1')!);
    expect(h1.color).to.equal('rgb(240, 240, 240)');
    expect(h1.fontFamily).to.include('Georgia');
    await expect(el).to.be.accessible();
  });

  it('uses a fixed palette with theme="dark" and theme="light", and passes axe in both', async () => {
    const { el: dark } = await show(html`<news-article theme="dark" .article=${article}></news-article>`);
    const { el: light } = await show(html`<news-article theme="light" .article=${article}></news-article>`);
    const [d, l] = [getComputedStyle(dark), getComputedStyle(light)];
    expect(d.colorScheme).to.equal('dark');
    expect(d.backgroundColor).to.not.equal(l.backgroundColor);
    expect(d.color).to.not.equal(l.color);
    await expect(dark).to.be.accessible();
    await expect(light).to.be.accessible();
  });

  it('carries --news-color-accent into the composed elements', async () => {
    const { el } = await show(
      html`<news-article style="--news-color-accent: rgb(200, 0, 0)" .article=${article}></news-article>`,
    );
    const tags = el.shadowRoot!.querySelector('news-tags')!.shadowRoot!;
    expect(getComputedStyle(tags.querySelector('a[part~="tag"]')!).color).to.equal('rgb(200, 0, 0)');
  });
});
