import { listingPage, listingPageParams, type ListingPage } from '../../lib/listing/pagination.ts';
import type { Article, Catalog } from '../catalog.ts';
import { articleSummary, type ArticleSummary } from '../views.ts';

/** The route parameters of a listing's pages (see listing/pagination.ts): `params`, and each page's `[...page]`. */
export function listingParams<Params extends Record<string, string>>(
  total: number,
  params: Params,
): (Params & { page: string | undefined })[] {
  return listingPageParams(total).map((page) => ({ ...params, page }));
}

/** One page of a listing of articles (newest first), its articles as summaries. */
export function listingAt(newestFirst: readonly Article[], page: string | undefined, catalog: Catalog): ListingPage<ArticleSummary> {
  const listing = listingPage(newestFirst, page);
  if (!listing) throw new Error(`The listing has no page "${page}": only the pages its getStaticPaths lists are built.`);
  if (listing.kind === 'pending') return listing;
  return { ...listing, articles: listing.articles.map((article) => articleSummary(article, catalog)) };
}
