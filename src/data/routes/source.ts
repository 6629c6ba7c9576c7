import { sourceFeedPath, sourcePath } from '../../lib/site/urls.ts';
import { getCatalog, type Catalog, type Source } from '../catalog.ts';
import { sourceLink, type PageLink } from '../views.ts';
import { keyed } from './keyed.ts';
import { listingPaths } from './listing-pages.ts';

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

/** Each outlet's listing pages (see listing/pagination.ts), each with the outlet's facts. */
export function sourceListingPaths(catalog: Catalog) {
  return keyed(
    [...catalog.sources.values()].flatMap((source) => {
      const header: SourceHeader = { facts: source.data, path: sourcePath(source.id), feedPath: sourceFeedPath(source.id) };
      return listingPaths(catalog.bySource.get(source.id) ?? [], catalog, { id: source.id }, () => ({ source: header }));
    }),
  );
}

export async function sourcePaths() {
  return sourceListingPaths(await getCatalog());
}
