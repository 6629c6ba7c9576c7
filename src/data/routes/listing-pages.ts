import { listingPages, type ListingPage } from '../../lib/listing/pagination.ts';
import type { Article, Catalog } from '../catalog.ts';
import { articleSummary, type ArticleSummary } from '../views.ts';

/**
 * A listing's pages (see listing/pagination.ts) as getStaticPaths entries: its own `params`
 * with each page's `[...page]` parameter, and each page's `listing` with what `props` adds for
 * that page (the listing's heading, say).
 */
export function listingPaths<Params extends object, Props extends object>(
  newestFirst: readonly Article[],
  catalog: Catalog,
  params: Params,
  props: (listing: ListingPage<ArticleSummary>) => Props,
) {
  return listingPages(newestFirst.map((article) => articleSummary(article, catalog))).map(({ page, listing }) => ({
    params: { ...params, page },
    props: { listing, ...props(listing) },
  }));
}
