// Server rendering with @lit-labs/ssr on the compiled lib/: render() touches no DOM or browser-only
// global, so a publisher can send the article's HTML (declarative shadow DOM) before any script runs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import '../lib/index.js';

const seed = JSON.parse(await readFile(new URL('../demo/seed-article.json', import.meta.url), 'utf8'));
const ssr = async (template) => collectResult(render(template));
const text = (markup) => markup.replace(/<!--[^]*?-->/g, '');

test('<news-article> renders the seed article on the server, nested elements included', async () => {
  const out = text(await ssr(html`<news-article .article=${seed}></news-article>`));
  assert.match(out, /<template shadowroot="open" shadowrootmode="open">/);
  assert.ok(out.includes(`<h1 part="headline" >${seed.headline}</h1>`), 'the headline as the h1');
  assert.ok(out.includes('<news-key-points'), 'the key points element is rendered inside');
  for (const tag of seed.tags) assert.ok(out.includes(`<span part="tag">${tag}</span>`), tag);
  assert.ok(out.includes('Key points'));
});

test('<news-card> renders its link and date on the server', async () => {
  const article = { headline: 'A & B <b>', url: '/story', datePublished: '2024-06-03' };
  const out = text(await ssr(html`<news-card .article=${article}></news-card>`));
  const links = [...out.matchAll(/<a\b[^>]*\bhref="([^"]*)"[^>]*>([^<]*)<\/a/g)].map((m) => [m[1], m[2]]);
  assert.deepEqual(links, [['/story', 'A &amp; B &lt;b&gt;']], 'one link, its text escaped');
  assert.ok(out.includes('<time part="date" datetime="2024-06-03">Jun 3, 2024</time>'));
});

test('an invalid article renders the error box on the server', async () => {
  const out = text(await ssr(html`<news-tags .article=${{ headline: ' ' }}></news-tags>`));
  assert.match(out, /<div part="error" role="alert">/);
});
