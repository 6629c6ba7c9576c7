import { readFileSync } from 'node:fs';

/**
 * The paths a built site lists in its sitemap, plus the pages the sitemap leaves out on
 * purpose (search with a query, the 404 page): every page a reader or a crawler can reach.
 */
export function reachablePaths(distDir: string): string[] {
  const sitemap = readFileSync(`${distDir}/sitemap-0.xml`, 'utf8');
  const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, url]) => new URL(url!).pathname);
  if (listed.length === 0) throw new Error(`${distDir}/sitemap-0.xml lists no pages`);
  return [...listed, `/search/?q=${encodeURIComponent('كورسك')}`, '/no-such-page/'];
}
