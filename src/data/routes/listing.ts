import { olderPage, PAGE_SIZE, type ListingPage } from '../../lib/listing/pagination.ts';
import { ARTICLES_PATH, listingPagePath } from '../../lib/site/urls.ts';
import { getCatalog, type Catalog } from '../catalog.ts';
import { articleSummary, type ArticleSummary } from '../views.ts';
import { keyed, type RouteParams } from './keyed.ts';
import { listingAt, listingParams } from './listing-pages.ts';
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

/** What a page of /articles/ shows. */
export interface ArticleListingPage {
  listing: ListingPage<ArticleSummary>;
}

/** A page of every article, newest first: the first page or an archive page of /articles/. */
export function articleListingPage(params: RouteParams, catalog: Catalog): ArticleListingPage {
  return { listing: listingAt(catalog.articles, params.page, catalog) };
}

export function articleListingPaths(catalog: Catalog) {
  return keyed(listingParams(catalog.articles.length, {}), (params) => articleListingPage(params, catalog));
}

export async function articleListPaths() {
  return articleListingPaths(await getCatalog());
}

export async function articleListingPageAt(params: RouteParams): Promise<ArticleListingPage> {
  return articleListingPage(params, await getCatalog());
}
