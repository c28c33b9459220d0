import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { nothing, type LitElement } from 'lit';
import '../src/index.js';
import type { NewsArticle, NewsCard, NewsLinkClickEvent } from '../src/index.js';
import type { NewsEvent } from './helpers.js';

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
/** The shadow root of an element <news-article> composes, once it has rendered. */
async function nested(el: Element, tag: string): Promise<ShadowRoot> {
  const child = el.shadowRoot!.querySelector(tag) as LitElement;
  await child.updateComplete;
  return child.shadowRoot!;
}
const absolute = (url: string) => new URL(url, document.baseURI).href;

/** Every event of `type` heard on document, with the node that dispatched it, until the end of the test. */
let stopRecording: (() => void)[] = [];
function record<E extends Event = NewsEvent>(type: string): { events: E[]; origins: EventTarget[] } {
  const events: E[] = [];
  const origins: EventTarget[] = [];
  const on = (event: Event) => {
    events.push(event as E);
    origins.push(event.composedPath()[0]);
  };
  document.addEventListener(type, on);
  stopRecording.push(() => document.removeEventListener(type, on));
  return { events, origins };
}
afterEach(() => {
  stopRecording.forEach((stop) => stop());
  stopRecording = [];
  window.scrollTo(0, 0);
});

/**
 * A reader's click on a link. Returns whether its default action (the navigation) had been prevented
 * by the time it reached the window, then prevents it there, so no test ever leaves the page.
 */
function click(link: Element, init: MouseEventInit = {}): boolean {
  let prevented = false;
  const guard = (event: Event) => {
    prevented = event.defaultPrevented;
    event.preventDefault();
  };
  window.addEventListener('click', guard);
  link.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true, button: 0, ...init }));
  window.removeEventListener('click', guard);
  return prevented;
}

/** An article with every kind of link <news-article> renders. */
const linked = {
  headline: 'Linked story',
  url: '/stories/linked',
  author: { name: 'Ana Writer', url: '/authors/ana' },
  publisher: { name: 'The Example Times', url: 'https://example.com/' },
  bodyHtml: '<p>Read <a href="/body/more">more</a> here.</p>',
  tags: [{ name: 'Railways', url: '/topics/railways' }],
  related: [{ headline: 'Also read', url: '/related/also' }],
};

/** Renders <news-article> and waits for its news-load (the sanitized body included) and its slices. */
async function renderArticle(article: unknown, attrs: { linkTarget?: string; tagHref?: string } = {}) {
  const loaded = new Promise<NewsEvent>((resolve) =>
    document.addEventListener('news-load', resolve as EventListener, { once: true }),
  );
  const el = await fixture<NewsArticle>(
    html`<news-article
      .article=${article}
      link-target=${attrs.linkTarget ?? nothing}
      tag-href=${attrs.tagHref ?? nothing}
    ></news-article>`,
  );
  const event = await loaded;
  await el.updateComplete;
  return { el, event, tags: await nested(el, 'news-tags'), related: await nested(el, 'news-related') };
}

describe('news-load and news-error', () => {
  it('bubble out of the shadow root to document with their details', async () => {
    const loads = record('news-load');
    const el = await fixture<NewsCard>(html`<news-card .article=${{ headline: ' Hello ', url: 'x' }}></news-card>`);
    await waitUntil(() => loads.events.length === 1);
    const [load] = loads.events;
    expect([load.bubbles, load.composed, loads.origins[0]]).to.deep.equal([true, true, el]);
    expect(load.detail.article).to.include({ headline: 'Hello', url: 'x' });
    expect(load.detail.issues).to.deep.equal([]);

    const errors = record('news-error');
    el.article = { url: '/no-headline' };
    await waitUntil(() => errors.events.length === 1);
    expect(errors.events[0].composed).to.equal(true);
    expect(Object.keys(errors.events[0].detail)).to.deep.equal(['issues']);
    expect(errors.events[0].detail.issues[0]).to.include({ path: 'headline', severity: 'error' });
  });

  it('announce an article again when it comes back after none was set', async () => {
    const story = { headline: 'Back again' };
    const el = await fixture<NewsCard>(html`<news-card .article=${story}></news-card>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="headline"]'));
    const loads = record('news-load');
    el.article = undefined;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('slot')).to.not.equal(null);
    el.article = story;
    await waitUntil(() => loads.events.length === 1, 'no news-load for the article shown again');
    expect(loads.events[0].detail.article!.headline).to.equal('Back again');
  });
});

describe('news-link-click', () => {
  it("reports the card's headline link with its absolute URL; preventDefault() really stops the navigation", async () => {
    const el = await fixture<NewsCard>(
      html`<news-card .article=${{ headline: 'Stay', url: '#elsewhere' }}></news-card>`,
    );
    const clicks = record<NewsLinkClickEvent>('news-link-click');
    const cancel = (event: Event) => event.preventDefault();
    document.addEventListener('news-link-click', cancel);
    const before = location.href;
    try {
      const reader = new MouseEvent('click', { bubbles: true, composed: true, cancelable: true, button: 0 });
      $(el, 'a')!.dispatchEvent(reader);
      expect(reader.defaultPrevented).to.equal(true);
      await aTimeout(50);
      expect(location.href).to.equal(before);
    } finally {
      document.removeEventListener('news-link-click', cancel);
    }
    const [event] = clicks.events;
    expect(clicks.events).to.have.length(1);
    expect([event.bubbles, event.composed, event.cancelable]).to.deep.equal([true, true, true]);
    expect(event.detail.url).to.equal(absolute('#elsewhere'));
    expect(event.detail.kind).to.equal('headline');
    expect(event.detail.article.headline).to.equal('Stay');
  });

  it('leaves a plain click alone when nobody cancels it', async () => {
    const el = await fixture<NewsCard>(
      html`<news-card .article=${{ headline: 'Go', url: '/stories/go' }}></news-card>`,
    );
    const clicks = record<NewsLinkClickEvent>('news-link-click');
    expect(click($(el, 'a')!), 'navigation goes ahead').to.equal(false);
    expect(clicks.events.map((e) => e.detail.url)).to.deep.equal([absolute('/stories/go')]);
  });

  for (const key of ['ctrlKey', 'metaKey'] as const) {
    it(`reports a ${key} click but cannot cancel it`, async () => {
      const el = await fixture<NewsCard>(
        html`<news-card .article=${{ headline: 'Tab', url: '/stories/tab' }}></news-card>`,
      );
      const clicks = record<NewsLinkClickEvent>('news-link-click');
      const cancel = (event: Event) => event.preventDefault();
      document.addEventListener('news-link-click', cancel);
      try {
        expect(click($(el, 'a')!, { [key]: true }), 'the new tab still opens').to.equal(false);
      } finally {
        document.removeEventListener('news-link-click', cancel);
      }
      expect(clicks.events).to.have.length(1);
      expect(clicks.events[0].cancelable).to.equal(false);
      expect(clicks.events[0].detail).to.include({ url: absolute('/stories/tab'), kind: 'headline' });
    });
  }

  it('reports each <news-article> link once with its kind, nested tags and related included', async () => {
    const { el, event, tags, related } = await renderArticle(linked);
    const links: [string, HTMLElement][] = [
      ['author', $(el, '[part~="author-link"]')!],
      ['publisher', $(el, '[part~="publisher-link"]')!],
      ['body', $(el, '[part~="body"] a')!],
      ['tag', tags.querySelector('a')!],
      ['related', related.querySelector('a')!],
    ];
    for (const [kind, link] of links) {
      const clicks = record<NewsLinkClickEvent>('news-link-click');
      expect(click(link), kind).to.equal(false);
      expect(clicks.events.map((e) => e.detail.kind)).to.deep.equal([kind]);
      expect(clicks.events[0].detail.url).to.equal(absolute(link.getAttribute('href')!));
      expect(clicks.events[0].detail.article).to.deep.equal(event.detail.article);
    }
    // Cancelling works for the nested elements' links too.
    const cancel = (e: Event) => e.preventDefault();
    document.addEventListener('news-link-click', cancel);
    try {
      expect(click(tags.querySelector('a')!)).to.equal(true);
      expect(click(related.querySelector('a')!)).to.equal(true);
    } finally {
      document.removeEventListener('news-link-click', cancel);
    }
  });
});

describe('news-impression', () => {
  const story = { headline: 'Seen', url: '/stories/seen', tags: ['A'], keyPoints: ['K.'] };

  it('fires once after a continuous second half in view, not before, and not again on scrolling back', async () => {
    const impressions = record('news-impression');
    const wrapper = await fixture(
      html`<div>
        <news-card .article=${story}></news-card>
        <div style="height: 5000px"></div>
      </div>`,
    );
    const el = wrapper.querySelector('news-card')!;
    await aTimeout(400);
    expect(impressions.events, 'not before a second in view').to.have.length(0);
    await waitUntil(() => impressions.events.length > 0, 'an impression', { timeout: 2500 });
    expect(impressions.origins).to.deep.equal([el]);
    expect(impressions.events[0].composed).to.equal(true);
    expect(impressions.events[0].detail.article!.headline).to.equal('Seen');

    window.scrollTo(0, 3000);
    await aTimeout(300);
    window.scrollTo(0, 0);
    await aTimeout(1500);
    expect(impressions.events, 'once per article').to.have.length(1);
  });

  it('does not fire for an element kept out of view, until it is scrolled into view', async () => {
    const impressions = record('news-impression');
    const loads = record('news-load');
    const wrapper = await fixture(
      html`<div>
        <div style="height: 5000px"></div>
        <news-card .article=${story}></news-card>
      </div>`,
    );
    const el = wrapper.querySelector('news-card')!;
    const hidden = await fixture(
      html`<news-card style="position: absolute; top: -9999px" .article=${story}></news-card>`,
    );
    await aTimeout(2000);
    expect(loads.origins).to.include.members([el, hidden]);
    expect(impressions.events).to.have.length(0);
    el.scrollIntoView();
    await waitUntil(() => impressions.events.length > 0, 'an impression once in view', { timeout: 2500 });
    expect(impressions.origins).to.deep.equal([el]);
  });

  it('fires again for a new article object', async () => {
    const impressions = record('news-impression');
    const el = await fixture<NewsCard>(html`<news-card .article=${story}></news-card>`);
    await waitUntil(() => impressions.events.length === 1, 'the first impression', { timeout: 2500 });
    el.article = { ...story, headline: 'Seen again' };
    await waitUntil(() => impressions.events.length === 2, 'the second impression', { timeout: 2500 });
    expect(impressions.events.map((e) => e.detail.article!.headline)).to.deep.equal(['Seen', 'Seen again']);
  });

  it('does not fire twice for the same article set again after a blank, though news-load does', async () => {
    const impressions = record('news-impression');
    const loads = record('news-load');
    const el = await fixture<NewsCard>(html`<news-card .article=${story}></news-card>`);
    await waitUntil(() => impressions.events.length === 1, 'the first impression', { timeout: 2500 });
    el.article = undefined;
    await el.updateComplete;
    el.article = story;
    await waitUntil(() => loads.events.length === 2, 'the article announced again');
    await aTimeout(1500);
    expect(impressions.events).to.have.length(1);
  });

  it('comes from the outer <news-article> only, as does news-load', async () => {
    const loads = record('news-load');
    const impressions = record('news-impression');
    const el = await fixture<NewsArticle>(
      html`<news-article .article=${{ ...story, related: linked.related }}></news-article>`,
    );
    await waitUntil(() => impressions.events.length > 0, 'an impression', { timeout: 2500 });
    await aTimeout(1200);
    expect(loads.origins).to.deep.equal([el]);
    expect(impressions.origins).to.deep.equal([el]);
  });
});

describe('link-target and tag-href', () => {
  /** Every link in <news-article>, its composed elements' included. */
  const allLinks = async (el: Element) =>
    [el.shadowRoot!, await nested(el, 'news-tags'), await nested(el, 'news-related')].flatMap((root) => [
      ...root.querySelectorAll('a'),
    ]);

  it('link-target="_blank" opens every rendered link in a new tab, never asking for the opener', async () => {
    const { el } = await renderArticle(linked, { linkTarget: '_blank' });
    const links = await allLinks(el);
    expect(links.map((a) => a.getAttribute('href'))).to.have.members([
      '/authors/ana',
      'https://example.com/',
      '/body/more',
      '/topics/railways',
      '/related/also',
    ]);
    for (const link of links) {
      expect(link.getAttribute('target'), link.href).to.equal('_blank');
      // Browsers give a target="_blank" link no opener unless rel="opener" asks for one.
      expect(link.relList.contains('opener'), link.href).to.equal(false);
    }
    const card = await fixture<NewsCard>(html`<news-card link-target="_blank" .article=${linked}></news-card>`);
    expect($(card, 'a')!.getAttribute('target')).to.equal('_blank');
    expect($(card, 'a')!.getAttribute('rel')).to.equal(null);
  });

  it('puts no target on links by default', async () => {
    const { el } = await renderArticle(linked);
    const links = await allLinks(el);
    expect(links).to.have.length(5);
    expect(links.filter((a) => a.hasAttribute('target'))).to.deep.equal([]);
    const card = await fixture<NewsCard>(html`<news-card .article=${linked}></news-card>`);
    expect($(card, 'a')!.hasAttribute('target')).to.equal(false);
  });

  it('tag-href on <news-article> reaches its nested tags', async () => {
    const { tags } = await renderArticle(
      { headline: 'H', tags: ['Central Asia', linked.tags[0]] },
      { tagHref: '/topics/{slug}' },
    );
    const hrefs = () => [...tags.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    // The slug code loads the first time a page uses tag-href (this is the first test here that does).
    const atLoad = hrefs();
    await waitUntil(() => hrefs().length === 2, 'the nested tags get their links', { timeout: 1000 });
    expect(hrefs()).to.deep.equal(['/topics/central-asia', '/topics/railways']);
    expect(atLoad, 'already linked when news-load fires, as a lone <news-tags> is').to.deep.equal(hrefs());
  });

  it('tag-href links the tags without a url by their slug, in any script (<news-tags>)', async () => {
    const article = {
      headline: 'H',
      tags: ['Central Asia', 'Café Society', 'Центральная Азия', '中亚', { name: 'Own link', url: '/own' }],
    };
    const loaded = new Promise((resolve) => document.addEventListener('news-load', resolve, { once: true }));
    const el = await fixture(html`<news-tags tag-href="/topics/{slug}" .article=${article}></news-tags>`);
    await loaded;
    const links = [...el.shadowRoot!.querySelectorAll('a')];
    expect(links.map((a) => [a.textContent, a.getAttribute('href')])).to.deep.equal([
      ['Central Asia', '/topics/central-asia'],
      ['Café Society', '/topics/cafe-society'],
      ['Центральная Азия', '/topics/' + encodeURIComponent('центральная-азия')],
      ['中亚', '/topics/' + encodeURIComponent('中亚')],
      ['Own link', '/own'],
    ]);
    const clicks = record<NewsLinkClickEvent>('news-link-click');
    click(links[1]);
    expect(clicks.events.map((e) => [e.detail.kind, e.detail.url])).to.deep.equal([
      ['tag', absolute('/topics/cafe-society')],
    ]);
    const plain = await fixture(html`<news-tags .article=${article}></news-tags>`);
    expect(plain.shadowRoot!.querySelectorAll('a'), 'without tag-href only the tag with a url links').to.have.length(1);
  });
});
