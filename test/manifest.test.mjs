// custom-elements.json and the editor data made from it describe every element completely, with
// the paths a publisher's tools can open: a missing tag name, attribute, event, slot or part fails.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

const json = (file) => JSON.parse(readFileSync(file, 'utf8'));
const manifest = json('custom-elements.json');
const TAGS = ['news-article', 'news-card', 'news-feed', 'news-key-points', 'news-related', 'news-tags'];
const SHARED_ATTRIBUTES = [
  'article',
  'src',
  'from-page',
  'credentials',
  'timeout',
  'labels',
  'time-zone',
  'heading-level',
  'link-target',
  'tag-href',
  'theme',
  'lang',
];
/** What an element has besides the shared attributes (headline testing where a headline shows), and the one it reads its JSON from. */
const HEADLINE_TESTING = ['headline-variant', 'variant-seed'];
const OWN = {
  'news-article': ['ugc', 'no-json-ld', ...HEADLINE_TESTING],
  'news-card': HEADLINE_TESTING,
  'news-feed': ['limit', 'layout', ...HEADLINE_TESTING],
};
const JSON_ATTRIBUTE = { 'news-feed': 'articles' };
const EVENTS = {
  'news-load': 'NewsLoadEvent',
  'news-error': 'NewsErrorEvent',
  'news-link-click': 'NewsLinkClickEvent',
  'news-impression': 'NewsImpressionEvent',
};
const ENUMS = {
  theme: ['light', 'dark'],
  credentials: ['omit', 'same-origin', 'include'],
  'link-target': ['_self', '_blank'],
};

const elements = manifest.modules.flatMap((module) =>
  (module.declarations ?? []).filter((d) => d.customElement).map((declaration) => ({ module, declaration })),
);
const element = (tag) => elements.find(({ declaration }) => declaration.tagName === tag).declaration;
const described = (items) => items.every(({ description }) => description?.trim().length > 10);

describe('custom-elements.json', () => {
  it('lists each of the six elements with its tag name, summary and description', () => {
    assert.deepEqual(
      elements
        .map(({ declaration }) => declaration.tagName)
        .filter(Boolean)
        .sort(),
      TAGS,
    );
    for (const tag of TAGS) assert.ok(element(tag).description.length > 40 && element(tag).summary, tag);
  });

  for (const tag of TAGS) {
    it(`gives <${tag}> its attributes, events with their types, the fallback slot, parts and custom properties`, () => {
      const el = element(tag);
      const attributes = el.attributes.map((a) => a.name);
      const shared = SHARED_ATTRIBUTES.map((name) => (name === 'article' ? (JSON_ATTRIBUTE[tag] ?? name) : name));
      assert.deepEqual(attributes.toSorted(), [...shared, ...(OWN[tag] ?? [])].sort());
      assert.ok(described(el.attributes), 'every attribute is described');
      const events = tag === 'news-feed' ? { ...EVENTS, 'news-load': 'NewsFeedLoadEvent' } : EVENTS;
      assert.deepEqual(Object.fromEntries(el.events.map((e) => [e.name, e.type?.text])), events);
      assert.ok(described(el.events));
      assert.deepEqual(
        el.slots.map((s) => s.name),
        [''],
      );
      assert.ok(el.cssParts.length >= 3 && described(el.cssParts), `${el.cssParts.length} parts`);
      assert.ok(['error', 'retry', 'loading'].every((part) => el.cssParts.some((p) => p.name === part)));
      assert.ok(el.cssProperties.length >= 2 && described(el.cssProperties));
      for (const [name, values] of Object.entries(ENUMS)) {
        const type = el.attributes.find((a) => a.name === name).type.text;
        assert.deepEqual(
          values.map((value) => type.includes(`'${value}'`)),
          values.map(() => true),
          `${name}: ${type}`,
        );
      }
    });
  }

  it('points every module at a file the package ships, and each tag at the module that defines it', () => {
    for (const { path } of manifest.modules) {
      assert.match(path, /^lib\/.*\.js$/);
      assert.ok(existsSync(path), `${path} exists (after the build)`);
    }
    const exported = new Set(Object.values(json('package.json').exports).map((target) => target.default));
    for (const tag of TAGS) {
      const definition = manifest.modules.find((module) =>
        module.exports?.some((e) => e.kind === 'custom-element-definition' && e.name === tag),
      );
      assert.ok(exported.has(`./${definition.path}`), `${tag} is defined by an exported module`);
    }
  });
});

describe('editor data', () => {
  it('gives VS Code every tag, attribute and enum value', () => {
    const { tags } = json('vscode.html-custom-data.json');
    assert.deepEqual(
      tags.map((t) => t.name),
      TAGS,
    );
    for (const tag of tags) {
      assert.equal(tag.attributes.length, element(tag.name).attributes.length);
      for (const [name, values] of Object.entries(ENUMS)) {
        assert.deepEqual(
          tag.attributes.find((a) => a.name === name).values.map((v) => v.name),
          values,
        );
      }
      assert.equal(tag.attributes.find((a) => a.name === 'from-page').valueSet, 'v');
    }
  });

  it('gives JetBrains IDEs (web-types, named in package.json) every tag, attribute, event, slot and part', () => {
    const pkg = json('package.json');
    const types = json(pkg['web-types']);
    assert.equal(types.version, pkg.version);
    const html = types.contributions.html.elements;
    assert.deepEqual(
      html.map((e) => e.name),
      TAGS,
    );
    for (const el of html) {
      const source = element(el.name);
      assert.deepEqual(
        el.attributes.map((a) => a.name),
        source.attributes.map((a) => a.name),
      );
      assert.deepEqual(el.attributes.find((a) => a.name === 'theme').value.enum, ENUMS.theme);
      assert.deepEqual(
        el.js.events.map((e) => e.name),
        Object.keys(EVENTS),
      );
      assert.deepEqual(
        el.css.parts.map((p) => p.name),
        source.cssParts.map((p) => p.name),
      );
      assert.deepEqual(
        el.slots.map((s) => s.name),
        ['default'],
      );
    }
  });
});
