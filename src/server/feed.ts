// renderToString for <news-feed>: the feed read on the server as the browser reads it, its cards
// rendered in its declarative shadow root, every card's headline link in its light DOM, and the
// feed as inline data (format v1 items, with only what a card shows), which the bundle hydrates.
import { loadFeedView } from '../components/news-feed/news-feed.component.js';
import { articleJson } from '../pipeline/article-json.js';
import type { ArticleIssue } from '../types.js';
import { ELEMENT_FIELDS } from './elements.js';
import { feedCopy } from './light-dom.js';
import { readOptions } from './options.js';
import { copyContext, dataScript, labelsOf, plainHtml, renderHost } from './host.js';

/** RSS or Atom text as a Document (jsdom's parser, loaded the first time): the feed reader wants one. */
async function parsedXml(input: unknown): Promise<unknown> {
  if (typeof input !== 'string' || !/^\s*</.test(input)) return input;
  const { JSDOM } = await import('jsdom');
  return new new JSDOM('').window.DOMParser().parseFromString(input, 'application/xml');
}

/** The feed element's HTML ('' when the input is no feed); its issues are added to `issues`. */
export async function renderFeed(input: unknown, options: unknown, issues: ArticleIssue[]): Promise<string> {
  const resolved = readOptions(options, issues);
  if (!resolved) return '';
  const view = await loadFeedView();
  const feed = await parsedXml(input);
  await view.loadFeedFormats(feed);
  const result = view.normalizeFeed(feed)!;
  issues.unshift(...result.issues);
  if (!result.article) return '';
  const { items, next } = result.article;
  const data = { items: items.map(({ article }) => articleJson(article, ELEMENT_FIELDS['news-card'])), next };
  // Read back, as the browser will read the inline data.
  const shown = view.normalizeFeed(data)!.article!.items.map((item) => item.article);
  const locale = resolved.lang ?? 'en';
  const copy = await plainHtml(feedCopy(shown, copyContext(resolved, locale, await labelsOf(locale, resolved))));
  return renderHost(resolved, data, locale, dataScript(data) + copy);
}
