// The demo page as `npm start` serves it: demo/index.html with the seed article rendered on the
// server into its <news-article>, and the "Latest" feed into its <news-feed>, so the page shows
// both before (and without) any script, and nothing moves when the bundle takes them over.
// ?article=ar renders the Arabic demo article on a right-to-left page; ?page=dark the dark page.
import { readFile } from 'node:fs/promises';
import { renderToString } from '../lib/server/index.js';

const read = (name) => readFile(new URL(`../demo/${name}`, import.meta.url), 'utf8');
const SLOT = /<news-article id="article">[^]*?<\/news-article>/;
const FEED_SLOT = /<news-feed id="feed"[^>]*>[^]*?<\/news-feed>/;

/** The demo page's HTML for a request to `url` (its query string picks the article and the page). */
export async function demoPage(url) {
  const params = url.searchParams;
  const arabic = params.get('article') === 'ar';
  const article = JSON.parse(await read(arabic ? 'ar-article.json' : 'seed-article.json'));
  const { html } = await renderToString(article, { baseUrl: url.href });
  const feed = await renderToString(JSON.parse(await read('feed.json')), { element: 'news-feed', limit: 3 });
  const page = params.get('page') === 'dark' ? 'dark' : 'light';
  return (await read('index.html'))
    .replace(
      '<html lang="en">',
      `<html lang="${arabic ? 'ar' : 'en'}"${arabic ? ' dir="rtl"' : ''} data-page="${page}">`,
    )
    .replace(SLOT, html.replace('<news-article', '<news-article id="article"'))
    .replace(FEED_SLOT, feed.html.replace('<news-feed', '<news-feed id="feed"'));
}
