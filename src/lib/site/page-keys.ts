import { createHash } from 'node:crypto';

/** What a page key is made of: an entry's id and the digest Astro's content layer gives it. */
export interface Digested {
  id: string;
  digest?: number | string | undefined;
}

/** One digest for a set of entries: any edit to any of them changes it. */
export function digestOf(entries: Iterable<Digested>): string {
  const hash = createHash('sha256');
  for (const entry of entries) hash.update(`${entry.id}\u0000${entry.digest ?? ''}\u0001`);
  return hash.digest('hex');
}

/**
 * The cache key of an article's page for Astro's incremental build: it changes whenever
 * anything the page shows changes. That is the article itself; the articles it names (related
 * coverage, the newer and older in its topic: their titles, dates and outlets); its index-only
 * search words, which depend on the whole corpus's vocabulary; and `shared`, the digest of
 * every outlet, topic, metric, entity and plural list (names and labels any page may show).
 * The page's code is tracked by Astro itself.
 */
export function articlePageKey(
  article: Digested,
  named: Iterable<Digested | undefined>,
  searchWords: readonly string[],
  shared: string,
): string {
  const hash = createHash('sha256')
    .update(shared)
    .update(digestOf([article]));
  for (const other of named) hash.update(other ? digestOf([other]) : '-');
  hash.update(searchWords.join(' '));
  return hash.digest('hex');
}
