// The print style. Printing can only be emulated through the DevTools protocol, which Firefox ESR
// does not speak, so this file runs in Chromium alone (see web-test-runner.config.mjs).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../src/index.js';
import type { NewsArticle } from '../src/components/news-article/news-article.js';
import { full } from './fixtures/articles.js';

describe('print', () => {
  after(() => emulateMedia({ media: 'screen' }));

  it('prints without decoration: plain text colour for links, dark text for a dark theme, no related links', async () => {
    const el = await fixture<NewsArticle>(
      html`<news-article theme="dark" style="--news-color-accent: rgb(200, 0, 0)" .article=${full}></news-article>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('news-tags')?.shadowRoot?.querySelector('a[part~="tag"]'));
    const tags = el.shadowRoot!.querySelector('news-tags')!;
    const tag = tags.shadowRoot!.querySelector('a[part~="tag"]')!;
    const related = el.shadowRoot!.querySelector('news-related')!;
    expect(getComputedStyle(tag).color).to.equal('rgb(200, 0, 0)');
    await emulateMedia({ media: 'print' });
    expect(getComputedStyle(tag).color).to.equal(getComputedStyle(tags).color);
    expect(getComputedStyle(el).colorScheme).to.equal('light');
    expect(getComputedStyle(el).color).to.equal('rgb(0, 0, 0)');
    expect(getComputedStyle(related).display).to.equal('none');
  });
});
