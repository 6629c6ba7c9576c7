import type { PaginateFunction } from 'astro';
import { PAGE_SIZE } from '../../lib/listing/pagination.ts';
import { ARTICLES_PATH, listingPagePath } from '../../lib/site/urls.ts';
import { getCatalog } from '../catalog.ts';
import { articleSummary, type ArticleSummary } from '../views.ts';
import { keyed } from './keyed.ts';
import { topicCounts, type TopicCount } from './topic.ts';

/** What the home page shows: the newest articles and every topic. */
export interface HomePage {
  latest: ArticleSummary[];
  /** The second page of all articles, when there are more than the home page shows. */
  olderPath: string | undefined;
  topics: TopicCount[];
}

export async function homePage(): Promise<HomePage> {
  const catalog = await getCatalog();
  return {
    latest: catalog.articles.slice(0, PAGE_SIZE).map((article) => articleSummary(article, catalog)),
    olderPath: catalog.articles.length > PAGE_SIZE ? listingPagePath(ARTICLES_PATH, 2) : undefined,
    topics: topicCounts(catalog),
  };
}

/** Every article, newest first, a page at a time. */
export async function articleListPaths(paginate: PaginateFunction) {
  const catalog = await getCatalog();
  return keyed(
    paginate(
      catalog.articles.map((article) => articleSummary(article, catalog)),
      { pageSize: PAGE_SIZE },
    ),
  );
}
