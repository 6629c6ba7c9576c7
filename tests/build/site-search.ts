import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseBundleList } from '../../src/lib/search/bundles.ts';
import { preparePagefind, type Pagefind, type PagefindModule } from '../../src/lib/search/pagefind-adapter.ts';
import type { SearchState } from '../../src/lib/search/url.ts';

// The search index a build wrote, searched in Node as the search page searches it in a
// browser: its pagefind.js, with every bundle of bundles.json merged in, through the page's
// own adapter. The page fetches by address; here the files are read from disk, by file: URL.

const realFetch = globalThis.fetch;

/** Lets pagefind.js fetch the index next to itself, by file: URL. */
export function fetchFilesFromDisk(): () => void {
  globalThis.fetch = ((input: string | URL) => {
    const url = String(input);
    return url.startsWith('file:') ? Promise.resolve(new Response(readFileSync(fileURLToPath(url)))) : realFetch(input);
  }) as typeof fetch;
  return () => {
    globalThis.fetch = realFetch;
  };
}

/**
 * The built site in `dist` as the search page sees it. Each dist loads its own copy of
 * pagefind.js (a module per address), so two sites can be searched side by side.
 */
export async function siteSearch(dist: string): Promise<Pagefind> {
  const listFile = join(dist, 'pagefind', 'bundles.json');
  const bundles = parseBundleList(readFileSync(listFile, 'utf8'), listFile).map((bundle) => ({
    ...bundle,
    path: pathToFileURL(join(dist, bundle.path)).href.replace(/\/?$/, '/'),
  }));
  const module = (await import(/* @vite-ignore */ pathToFileURL(join(dist, 'pagefind', 'pagefind.js')).href)) as PagefindModule;
  return preparePagefind(module, bundles);
}

/** A reader's search: these words, with no filter, by relevance, unless `more` says otherwise. */
export const searchState = (query: string, more: Partial<SearchState> = {}): SearchState => ({
  query,
  filters: { topic: [], source: [], year: [] },
  sort: 'relevance',
  ...more,
});
