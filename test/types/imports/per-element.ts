// Each element's own import path carries its class, its tag name and the events' detail types.
import 'news-article-elements/news-card.js';
import type { NewsLoadEvent } from 'news-article-elements/news-tags.js';

const card = document.createElement('news-card');
card.article = { headline: 'Typed' };
card.addEventListener('news-load', (event) => console.log(event.detail.article.headline));
card.addEventListener('news-link-click', (event) => console.log(event.detail.kind, event.detail.url));
export const onLoad = (event: NewsLoadEvent) => event.detail.issues.length;
// @ts-expect-error news-error's detail has no article
card.addEventListener('news-error', (event) => event.detail.article);
