// Property-based tests with fast-check: any JSON value, and articles that are nearly right, never
// throw, never leave an uncaught error, and always end in a render or the error state.
// `npm test` runs a sensible number of cases; `npm run fuzz` runs 10,000 per property.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import '../src/index.js';
import { LIMITS, loadJsonLd, normalizeArticle } from '../src/pipeline/normalize.js';
import { isSafeUrl } from '../src/pipeline/url.js';
import { articleJson } from '../src/pipeline/article-json.js';
import type { NormalizedArticle } from '../src/types.js';

declare global {
  interface Window {
    FUZZ_RUNS: number;
  }
}

type NewsElement = HTMLElement & { article: unknown; updateComplete: Promise<boolean> };

const numRuns = window.FUZZ_RUNS;
// The failing case's own error goes into the report (mocha does not print an error's cause).
fc.configureGlobal({ includeErrorInReport: true });
const TAGS = ['news-article', 'news-card', 'news-tags', 'news-key-points', 'news-related'];

// Values of the wrong type, empty, huge, hostile or nested, for any field.
const junk = fc.oneof(
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant('   '),
  fc.constant('javascript:alert(1)'),
  fc.constant('<img src=x onerror=alert(1)>'),
  fc.string({ minLength: 1001, maxLength: 1100 }),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.dictionary(fc.string(), fc.string(), { maxKeys: 3 }),
);
const text = fc.oneof(fc.string({ maxLength: 40 }), junk);
const url = fc.oneof(fc.webUrl(), fc.constant('/relative/story'), fc.constant(' JaVaScRiPt:alert(1)'), junk);
const date = fc.oneof(
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
  fc.constant('2024-06-03'),
  junk,
);
const named = fc.oneof(text, fc.record({ name: text, url }, { requiredKeys: [] }));
const many = <T>(item: fc.Arbitrary<T>) => fc.oneof(item, fc.array(item, { maxLength: 60 }));

/** An article in the format, each field sometimes right, sometimes wrong, sometimes absent. */
const nearArticle = fc.record(
  {
    headline: text,
    alternativeHeadline: many(text),
    section: text,
    description: text,
    articleBody: fc.oneof(text, fc.constant('<p>Hello <a href="javascript:alert(1)">x</a></p>')),
    bodyHtml: fc.oneof(text, fc.constant('<p>x</p><script>alert(1)</script>')),
    image: fc.oneof(url, fc.record({ url, alt: text, caption: text, width: junk, height: junk }, { requiredKeys: [] })),
    author: many(named),
    publisher: named,
    datePublished: date,
    dateModified: date,
    url,
    inLanguage: fc.oneof(fc.constantFrom('en', 'de-DE', 'ar', 'xx-invalid-', ''), junk),
    tags: many(named),
    keywords: fc.oneof(fc.string(), many(text)),
    keyPoints: many(text),
    related: many(fc.record({ headline: text, url, datePublished: date, image: url }, { requiredKeys: [] })),
    extra: junk,
  },
  { requiredKeys: [] },
);

/** schema.org JSON-LD shapes around a near-valid article node. */
const jsonLd = nearArticle.chain((article) =>
  fc.constantFrom(
    { '@context': 'https://schema.org', '@type': 'NewsArticle', ...article },
    { '@graph': [{ '@type': 'WebSite' }, { '@type': 'BlogPosting', ...article }] },
    [{ '@type': 'Organization' }, { '@type': ['Article'], ...article }],
  ),
);

const anyInput = fc.oneof(fc.jsonValue(), nearArticle, jsonLd);

function urlsOf(article: NormalizedArticle): string[] {
  const people = [...article.authors, ...(article.publisher ? [article.publisher] : [])];
  return [
    article.url,
    article.image?.url,
    ...people.map((p) => p.url),
    ...article.tags.map((t) => t.url),
    ...article.related.flatMap((r) => [r.url, r.image?.url]),
  ].filter((u): u is string => u !== undefined);
}

describe('property-based', function () {
  this.timeout(0); // `npm run fuzz` runs for minutes; each case is bounded by fast-check itself

  before(() => loadJsonLd());

  it('normalizeArticle never throws and returns either a clean article or an error', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), anyInput), (input) => {
        const result = normalizeArticle(input)!;
        expect(result.issues.every((issue) => issue.path.length > 0)).to.equal(true);
        if (!result.article) {
          expect(result.issues.some((issue) => issue.severity === 'error')).to.equal(true);
          return;
        }
        const { headline } = result.article;
        expect(headline).to.equal(headline.trim());
        expect(headline).to.not.equal('');
        expect(headline.length).to.be.at.most(LIMITS.text);
        expect(urlsOf(result.article).filter((u) => !isSafeUrl(u))).to.deep.equal([]);
        expect(result.article.tags.length).to.be.at.most(LIMITS.tags);
        expect(result.article.related.length).to.be.at.most(LIMITS.related);
      }),
      { numRuns },
    );
  });

  // What a server writes into the page is the article written back in the format: the browser must
  // read it as the very article the server rendered, or hydration would not match.
  it('an article written back in the format reads as the same article, with no issue', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const { article } = normalizeArticle(input)!;
        if (!article) return;
        const again = normalizeArticle(JSON.parse(JSON.stringify(articleJson(article))))!;
        expect(again.issues).to.deep.equal([]);
        expect(again.article).to.deep.equal(article);
      }),
      { numRuns },
    );
  });

  // No wall-time threshold: ten inputs of a tenth of the size are the baseline, timed in the same
  // run (the fastest of three trials on each side). Linear work makes the ratio about 1; a pattern that backtracks quadratically makes it 10.
  it('takes time linear in the size of hostile bodies, up to their 200,000-character limit', () => {
    const hostile: Record<string, (size: number) => object> = {
      'tags that never close': (size) => ({ articleBody: '<a '.repeat(size / 3) }),
      'a run of <': (size) => ({ bodyHtml: '<'.repeat(size) }),
      'opened tags': (size) => ({ bodyHtml: '<p x'.repeat(size / 4) }),
      'blank lines of spaces': (size) => ({ articleBody: `\n${' '.repeat(size)}x` }),
      'words and dashes': (size) => ({ articleBody: 'a— '.repeat(size / 3) }),
    };
    const fastest = (run: () => void) => {
      let best = Infinity;
      for (let trial = 0; trial < 3; trial++) {
        const start = performance.now();
        run();
        best = Math.min(best, performance.now() - start);
      }
      return best;
    };
    for (const [name, body] of Object.entries(hostile)) {
      // A new object for every call: normalizeArticle caches its result per input object.
      const read = (size: number) => normalizeArticle({ headline: 'H', ...body(size) });
      // Four rounds on each side, so that a coarse timer (1 ms in Firefox) does not decide.
      const baseline = fastest(() => {
        for (let i = 0; i < 40; i++) read(LIMITS.body / 10);
      });
      const ratio = fastest(() => [1, 2, 3, 4].forEach(() => read(LIMITS.body))) / Math.max(baseline, 1);
      expect(ratio, `${name}: ${ratio.toFixed(1)}× ten inputs a tenth the size`).to.be.below(4);
    }
  });

  it('nothing in the input changes a prototype', () => {
    const keys = fc.constantFrom('__proto__', 'constructor', 'prototype', 'headline', 'tags', 'polluted');
    const polluting = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        fc.string(),
        fc.dictionary(keys, tie('node'), { maxKeys: 4 }),
        fc.array(tie('node'), { maxLength: 3 }),
      ),
    })).node;
    fc.assert(
      fc.property(polluting, (value) => {
        const input = JSON.parse(JSON.stringify({ headline: 'H', tags: [value], __proto__: { polluted: 1 } }));
        normalizeArticle(input);
        normalizeArticle(JSON.parse(JSON.stringify(value ?? null)));
        expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
        expect(([] as unknown as Record<string, unknown>).polluted).to.equal(undefined);
      }),
      { numRuns },
    );
  });

  describe('in the elements', () => {
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error ?? event.message);
    const onRejection = (event: PromiseRejectionEvent) => errors.push(event.reason);
    let elements: NewsElement[];

    const { warn } = console;

    before(() => {
      console.warn = () => {}; // each invalid case warns once, by design; thousands of lines are noise here
      window.addEventListener('error', onError);
      window.addEventListener('unhandledrejection', onRejection);
      elements = TAGS.map((tag) => document.body.appendChild(document.createElement(tag)) as NewsElement);
    });

    after(() => {
      console.warn = warn;
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
      elements.forEach((el) => el.remove());
    });

    /** Sets the article and resolves with the event the element answered with: none for null, or
     * for the very same primitive as before (no change, so nothing to announce). */
    async function settle(el: NewsElement, input: unknown): Promise<string | undefined> {
      if (input == null || Object.is(el.article, input)) {
        el.article = input;
        await el.updateComplete;
        return undefined;
      }
      const answered = new Promise<string>((resolve) => {
        const done = (event: Event) => {
          el.removeEventListener('news-load', done);
          el.removeEventListener('news-error', done);
          resolve(event.type);
        };
        el.addEventListener('news-load', done);
        el.addEventListener('news-error', done);
      });
      // A liveness bound, not a speed limit: an element that never answers fails the case clearly.
      let timer: ReturnType<typeof setTimeout> | undefined;
      const silent = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`${el.localName} sent neither news-load nor news-error`)), 5000);
      });
      el.article = input;
      const type = await Promise.race([answered, silent]).finally(() => clearTimeout(timer));
      await el.updateComplete;
      return type;
    }

    it('always end in exactly one state, with its event, and never throw', async () => {
      await fc.assert(
        fc.asyncProperty(anyInput, async (value) => {
          errors.length = 0;
          for (const el of elements) {
            // A fresh object every time, as a page would assign one.
            const input = value !== null && typeof value === 'object' ? structuredClone(value) : value;
            const type = await settle(el, input);
            const error = el.shadowRoot!.querySelector('[part~="error"]');
            const slot = el.shadowRoot!.querySelector('slot');
            if (type === 'news-error') expect(error, `${el.localName}: error box`).to.not.equal(null);
            else if (type === 'news-load')
              expect([error, slot], `${el.localName}: rendered`).to.deep.equal([null, null]);
            else if (input == null) expect(slot, `${el.localName}: fallback for ${String(input)}`).to.not.equal(null);
          }
          expect(errors.map((e) => String((e as Error)?.stack ?? e))).to.deep.equal([]);
        }),
        { numRuns },
      );
    });

    it('show a valid headline as the very text given, even when it looks like markup', async () => {
      await fc.assert(
        fc.asyncProperty(fc.oneof(fc.string({ minLength: 1 }), fc.constant('<b>x</b> & <i>y</i>')), async (raw) => {
          fc.pre(raw.trim() !== '' && raw.length <= LIMITS.text);
          for (const el of elements.slice(0, 2)) {
            expect(await settle(el, { headline: raw })).to.equal('news-load');
            const headline = el.shadowRoot!.querySelector('[part~="headline"]')!;
            expect(headline.textContent).to.equal(raw.trim());
            expect(headline.querySelector('b, i')).to.equal(null);
          }
        }),
        { numRuns },
      );
    });
  });
});
