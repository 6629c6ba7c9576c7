/** An article as a feed sees it. */
export interface FeedArticle {
  /** The article's page, root-relative. */
  path: string;
  title: string;
  summary: string;
  date: Date;
  topics: readonly string[];
  /** The outlet the article came from: RSS 2.0's <source> names it. */
  source: { name: string; url?: string | undefined };
}

/** Articles in a feed: enough for a reader catching up, few enough to fetch often. */
export const FEED_LENGTH = 50;

/**
 * RSS 2.0 items for articles (newest first, as given): headline, summary, link, date, topics
 * as categories, and the original outlet as the item's <source>, as an aggregator should.
 */
export function feedItems(articles: readonly FeedArticle[]) {
  return articles.slice(0, FEED_LENGTH).map((article) => ({
    title: article.title,
    description: article.summary,
    link: article.path,
    pubDate: article.date,
    categories: [...article.topics],
    ...(article.source.url ? { source: { title: article.source.name, url: article.source.url } } : {}),
  }));
}
