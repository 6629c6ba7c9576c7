/**
 * Where a build reads and writes, for astro.config.mjs and for code that runs inside the build.
 * Test fixtures and benchmarks build the same site from another content folder into another
 * output folder, with caches of their own; the defaults are the real site.
 */
export const OUT_DIR = process.env.ARABIC_NEWS_OUT_DIR ?? './dist';
/** Astro's cache, and ours beside it: rendered articles, search forms. */
export const CACHE_DIR = process.env.ARABIC_NEWS_CACHE_DIR ?? './node_modules/.astro';
