/**
 * Which articles go into which bundle of the search index. Bundles hold whole months, in date
 * order from the oldest article, and at least `pagesPerBundle` articles each: a bundle closes
 * at the end of the first month by which it holds that many, as long as as many are left for
 * the bundles after it. A month that alone would take a bundle past twice that many is cut at
 * the end of a day instead. So:
 *
 * - every bundle holds from `pagesPerBundle` articles (fewer only when the whole site does) to
 *   three times as many plus a day's, whatever the size of the site;
 * - an article newer than all others changes only the newest bundle: where a bundle ends
 *   depends only on the articles before it;
 * - an edited, backdated or deleted article changes its own bundle, and moves where the next
 *   one starts only if it changes which month end is the first to reach the count;
 * - no bundle is small. Pagefind ranks a result by its own bundle's statistics (how rare each
 *   word is there), which a handful of articles would skew.
 */
import { createHash } from 'node:crypto';
import type { SearchPage } from './search-pages.ts';

export interface BundlePlan {
  /** The day of its oldest article, YYYY-MM-DD: names its folder, and stays as articles are added. */
  name: string;
  /** The days of its oldest and newest articles. */
  from: string;
  to: string;
  /** Its articles, oldest first (same-day articles by address), as the index is given them. */
  pages: SearchPage[];
}

const byDateThenUrl = (a: SearchPage, b: SearchPage) => a.date.localeCompare(b.date) || a.url.localeCompare(b.url);

function bundle(pages: SearchPage[]): BundlePlan {
  return { name: pages[0]!.date, from: pages[0]!.date, to: pages.at(-1)!.date, pages };
}

/** The bundles of the search index for these pages; `pagesPerBundle` Infinity gives one bundle. */
export function planBundles(pages: readonly SearchPage[], pagesPerBundle: number): BundlePlan[] {
  if (!(pagesPerBundle >= 1)) throw new Error(`pagesPerBundle must be at least 1, not ${pagesPerBundle}`);
  const sorted = [...pages].sort(byDateThenUrl);
  const bundles: BundlePlan[] = [];
  let start = 0;
  for (let i = 0; i + 1 < sorted.length; i++) {
    const [day, next] = [sorted[i]!.date, sorted[i + 1]!.date];
    if (next === day) continue;
    const taken = i + 1 - start;
    const left = sorted.length - (i + 1);
    const monthEnds = next.slice(0, 7) !== day.slice(0, 7);
    if (taken >= pagesPerBundle && left >= pagesPerBundle && (monthEnds || taken >= 2 * pagesPerBundle)) {
      bundles.push(bundle(sorted.slice(start, i + 1)));
      start = i + 1;
    }
  }
  if (start < sorted.length) bundles.push(bundle(sorted.slice(start)));
  return bundles;
}

/**
 * A hash of everything a bundle is built from: its pages (address and indexed HTML, in order)
 * and `indexer`, what builds them (Pagefind's version and our indexing code). Equal digests,
 * equal bundles: a bundle whose digest is unchanged is copied from the last build.
 */
export function bundleDigest(plan: BundlePlan, indexer: string): string {
  const hash = createHash('sha256').update(indexer);
  for (const page of plan.pages) hash.update(`\n${page.url}\t${page.hash}`);
  return hash.digest('base64url').slice(0, 22);
}
