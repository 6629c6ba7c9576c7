/**
 * Where a build reads and writes, for astro.config.mjs and for code that runs inside the build.
 * Test fixtures and benchmarks build the same site from another content folder into another
 * output folder, with caches of their own; the defaults are the real site.
 */
import { join, resolve } from 'node:path';

export const OUT_DIR = process.env.ARABIC_NEWS_OUT_DIR ?? './dist';
/** The content folder (articles/, sources/, topics/…): tests and benchmarks build other folders. */
export const contentFolder = (): string => process.env.ARABIC_NEWS_CONTENT_DIR ?? './content';
/** Astro's cache, and ours beside it: rendered articles, search forms, articles' own analyses. */
const DEFAULT_CACHE_DIR = './node_modules/.astro';
export const CACHE_DIR = process.env.ARABIC_NEWS_CACHE_DIR ?? DEFAULT_CACHE_DIR;
/**
 * A file or folder of ours in the build's cache. Read from the environment when called, not
 * when loaded: benchmarks set ARABIC_NEWS_CACHE_DIR for the builds they start.
 */
const inCacheDir = (name: string): string => resolve(process.env.ARABIC_NEWS_CACHE_DIR ?? DEFAULT_CACHE_DIR, name);

/**
 * Each article's index-only word forms for search, one file per distinct set, named by its
 * digest: written by the build's analysis, read by the search index's builder.
 */
export const searchExtrasDir = (): string => inCacheDir('search-extras');

/** Where the catalog keeps each article's own analysis between builds (src/data/own-analysis-cache.ts). */
export const ownAnalysesDir = (): string => inCacheDir('article-analyses');

/** Where the content check keeps each article's check between runs (src/lib/check/check-cache.ts). */
export const contentCheckCacheFile = (): string => inCacheDir('content-check.json');

/** The file in `folder` that holds the search forms of this digest. */
export function searchExtrasFile(folder: string, digest: string): string {
  return join(folder, `${digest}.txt`);
}
