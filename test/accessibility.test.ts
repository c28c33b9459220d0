// axe-core on every element in every state a reader can meet: loaded, with an empty slice, loading,
// in error, on a dark page, with theme="dark", and right to left.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import { full } from './fixtures/articles.js';
import { nextAnswer } from './helpers.js';

type NewsElement = HTMLElement & { article: unknown; updateComplete: Promise<boolean> };

interface State {
  article?: unknown;
  attributes?: Record<string, string>;
  /** Inline style of the page around the element. */
  page?: string;
  /** What the reader sees in this state, checked before axe runs so the state is the one named. */
  shows: (root: ShadowRoot, tag: string) => boolean;
}

const SLICES = ['news-tags', 'news-key-points', 'news-related'];
const rendered = (root: ShadowRoot) => !!root.querySelector('article, [part~="tags"], [part~="key-points"], nav');

const STATES: Record<string, State> = {
  loaded: { article: full, shows: rendered },
  'an empty slice (a headline only)': {
    article: { headline: 'Only a headline' },
    // A card and an article still show the headline; the slices show nothing at all.
    shows: (root, tag) => (SLICES.includes(tag) ? !root.querySelector('*') : !!root.querySelector('h1, h3')),
  },
  loading: {
    attributes: { src: '/api/slow?ms=3000' },
    shows: (root) => !!root.querySelector('[part~="loading"][role="status"]'),
  },
  error: {
    article: { description: 'No headline' },
    shows: (root) => !!root.querySelector('[part~="error"][role="alert"]'),
  },
  'a dark page': { article: full, page: 'background: #111; color: rgb(240, 240, 240)', shows: rendered },
  'theme="dark"': { article: full, attributes: { theme: 'dark' }, shows: rendered },
  'right to left (ar)': { article: full, attributes: { lang: 'ar' }, shows: rendered },
};

describe('accessibility: axe finds no violation', () => {
  for (const tag of ['news-article', 'news-card', ...SLICES]) {
    for (const [name, state] of Object.entries(STATES)) {
      it(`<${tag}>: ${name}`, async () => {
        const page = await fixture<HTMLElement>(html`<div style=${state.page ?? ''}></div>`);
        const el = document.createElement(tag) as NewsElement;
        for (const [attribute, value] of Object.entries(state.attributes ?? {})) el.setAttribute(attribute, value);
        const answered = nextAnswer(el);
        page.append(el);
        if (state.article === undefined) {
          await waitUntil(() => state.shows(el.shadowRoot!, tag), `<${tag}> did not reach "${name}"`);
        } else {
          el.article = state.article;
          await answered;
          await el.updateComplete;
          expect(state.shows(el.shadowRoot!, tag), `<${tag}> shows "${name}"`).to.equal(true);
        }
        await expect(el).to.be.accessible();
      });
    }
  }
});
