// What a React 19 project writes (see the README): typed attributes and events. The lines marked
// as expected errors are mistakes the typings must catch; tsc fails if one is not caught.
import type {} from 'news-article-elements/react';
import { NewsArticle, type Article } from 'news-article-elements';

const article: Article = { headline: 'Rail link opens', url: '/rail' };

export function Page({ onLoaded }: { onLoaded: (headline: string) => void }) {
  return (
    <>
      <news-article
        article={JSON.stringify(article)}
        heading-level={1}
        link-target="_blank"
        theme="dark"
        ugc
        className="story"
        ref={(el: NewsArticle | null) => void el?.issues}
        onnews-load={(event) => onLoaded(event.detail.article.headline)}
        onnews-link-click={(event) => event.detail.url.startsWith('/') && event.preventDefault()}
      />
      <news-card article={article} tag-href="/topics/{slug}" onnews-error={(event) => event.detail.issues[0].path} />
      <news-tags src="/article.json" credentials="include" timeout={5000} />
      <news-key-points labels={{ keyPoints: 'In short' }} time-zone="Asia/Almaty" />
      <news-related from-page />
      <news-feed
        articles={[article]}
        limit={3}
        layout="list"
        headline-variant="auto"
        onnews-load={(event) => event.detail.articles.length}
      />
      <news-card
        headline-variant={1}
        variant-seed="reader-1"
        onnews-impression={(event) => event.detail.variant?.index}
      />
      {/* @ts-expect-error the article is an object or JSON text */}
      <news-card article={123} />
      {/* @ts-expect-error headings go from 1 to 6 */}
      <news-tags heading-level={7} />
      {/* @ts-expect-error a theme is light or dark */}
      <news-related theme="blue" />
      {/* @ts-expect-error only <news-article> has ugc */}
      <news-card ugc />
      {/* @ts-expect-error a feed lays out as a grid or a list */}
      <news-feed layout="masonry" />
      {/* @ts-expect-error news-load's detail has no url */}
      <news-card onnews-load={(event) => event.detail.url} />
    </>
  );
}
