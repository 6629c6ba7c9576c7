import { olderPage, PAGE_SIZE } from '../../lib/listing/pagination.ts';
import { ARTICLES_PATH, listingPagePath } from '../../lib/site/urls.ts';
import { getCatalog, type Catalog } from '../catalog.ts';
import { articleSummary, type ArticleSummary } from '../views.ts';
import { keyed } from './keyed.ts';
import { listingPaths } from './listing-pages.ts';
import { topicCounts, type TopicCount } from './topic.ts';

/** What the home page shows: the newest articles and every topic. */
export interface HomePage {
  latest: ArticleSummary[];
  /** The newest archive page of all articles with articles the home page does not show. */
  olderPath: string | undefined;
  topics: TopicCount[];
}

export async function homePage(): Promise<HomePage> {
  const catalog = await getCatalog();
  const older = olderPage(catalog.articles.length);
  return {
    latest: catalog.articles.slice(0, PAGE_SIZE).map((article) => articleSummary(article, catalog)),
    olderPath: older > 0 ? listingPagePath(ARTICLES_PATH, older) : undefined,
    topics: topicCounts(catalog),
  };
}

/** Every article, newest first: the first page and the archive pages of /articles/. */
export function articleListingPaths(catalog: Catalog) {
  return keyed(listingPaths(catalog.articles, catalog, {}, () => ({})));
}

export async function articleListPaths() {
  return articleListingPaths(await getCatalog());
}
