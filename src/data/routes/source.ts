import { sourceFeedPath, sourcePath } from '../../lib/site/urls.ts';
import { getCatalog, must, type Catalog, type Source } from '../catalog.ts';
import type { ListingPage } from '../../lib/listing/pagination.ts';
import { sourceLink, type ArticleSummary, type PageLink } from '../views.ts';
import { keyed, param, type RouteParams } from './keyed.ts';
import { listingAt, listingParams } from './listing-pages.ts';

/** An outlet in the list of outlets. */
export interface SourceRow extends PageLink {
  kind: Source['data']['kind'];
  count: number;
}

/** The outlets page: named outlets alphabetically; the unattributed entry last, since it is not an outlet. */
export async function sourcesIndexPage(): Promise<{ sources: SourceRow[] }> {
  const catalog = await getCatalog();
  const sources = [...catalog.sources.values()]
    .sort((a, b) => Number(a.data.unattributed) - Number(b.data.unattributed) || a.data.name.localeCompare(b.data.name, 'ar'))
    .map((source) => ({ ...sourceLink(source), kind: source.data.kind, count: catalog.bySource.get(source.id)?.length ?? 0 }));
  return { sources };
}

/** An outlet's heading: its facts and where its pages are. */
export interface SourceHeader {
  facts: Source['data'];
  path: string;
  feedPath: string;
}

/** What a page of an outlet's listing shows: the outlet, and a page of its articles. */
export interface SourceListingPage {
  listing: ListingPage<ArticleSummary>;
  source: SourceHeader;
}

/** An outlet's first page or one of its archive pages (see listing/pagination.ts). */
export function sourceListingPage(params: RouteParams, catalog: Catalog): SourceListingPage {
  const id = param(params, 'id');
  const source = must(catalog.sources, id);
  return {
    listing: listingAt(catalog.bySource.get(id) ?? [], params.page, catalog),
    source: { facts: source.data, path: sourcePath(id), feedPath: sourceFeedPath(id) },
  };
}

export function sourceListingPaths(catalog: Catalog) {
  const paths = [...catalog.sources.keys()].flatMap((id) => listingParams(catalog.bySource.get(id)?.length ?? 0, { id }));
  return keyed(paths, (params) => sourceListingPage(params, catalog));
}

export async function sourcePaths() {
  return sourceListingPaths(await getCatalog());
}

export async function sourceListingPageAt(params: RouteParams): Promise<SourceListingPage> {
  return sourceListingPage(params, await getCatalog());
}
