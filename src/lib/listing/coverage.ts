import { OWNERSHIP_KINDS, UNKNOWN, type OwnershipKind } from '../content/ownership.ts';

/**
 * Who covers a story: a topic's articles counted by their outlet's headquarters country and by
 * its kind of ownership, in one pass over the articles (each counted under its outlet, then
 * the few outlets summed), so a topic of 100,000 articles costs 100,000 map increments.
 */

/** What the split needs to know of an outlet. */
export interface CoverageOutlet {
  /** The headquarters' country code, or `unknown`. */
  country?: string | undefined;
  ownership?: OwnershipKind | undefined;
  /** The entry of articles that name no outlet: counted as unattributed, never as a kind or a country. */
  unattributed: boolean;
}

/** Articles whose text names no outlet, in either split. */
export const UNATTRIBUTED = 'unattributed';

/** One bar of a split: a country code, `unknown` or `unattributed`; or a kind of ownership or `unattributed`. */
export interface CoverageShare<Key extends string> {
  key: Key;
  count: number;
}

export interface Coverage {
  /** How many articles were counted. */
  total: number;
  /** By headquarters country, the most articles first (then by code); an unknown country, then unattributed, last. */
  byCountry: CoverageShare<string>[];
  /** Every kind of ownership in its order, none left out (a zero says no outlet of that kind covered it), then unattributed when there are any. */
  byOwnership: CoverageShare<OwnershipKind | typeof UNATTRIBUTED>[];
  /** The kinds of ownership no article of the topic came from. */
  missing: OwnershipKind[];
}

const LAST = new Set<string>([UNKNOWN, UNATTRIBUTED]);

/**
 * The coverage split of `articles`, each of whose outlet is `outletIdOf(article)`, described by
 * `outlets` (looked up once per outlet, not per article).
 */
export function coverageOf<A>(
  articles: Iterable<A>,
  outletIdOf: (article: A) => string,
  outlets: (id: string) => CoverageOutlet,
): Coverage {
  const perOutlet = new Map<string, number>();
  let total = 0;
  for (const article of articles) {
    const id = outletIdOf(article);
    perOutlet.set(id, (perOutlet.get(id) ?? 0) + 1);
    total++;
  }
  const countries = new Map<string, number>();
  const kinds = new Map<string, number>();
  const add = (map: Map<string, number>, key: string, count: number) => map.set(key, (map.get(key) ?? 0) + count);
  for (const [id, count] of perOutlet) {
    const outlet = outlets(id);
    add(countries, outlet.unattributed ? UNATTRIBUTED : (outlet.country ?? UNKNOWN), count);
    add(kinds, outlet.unattributed ? UNATTRIBUTED : (outlet.ownership ?? UNKNOWN), count);
  }
  const rank = (key: string) => (key === UNATTRIBUTED ? 2 : key === UNKNOWN ? 1 : 0);
  const byCountry = [...countries]
    .map(([key, count]) => ({ key, count }))
    .sort((a, b) => rank(a.key) - rank(b.key) || b.count - a.count || a.key.localeCompare(b.key));
  const byOwnership: Coverage['byOwnership'] = OWNERSHIP_KINDS.map((key) => ({ key, count: kinds.get(key) ?? 0 }));
  const unattributed = kinds.get(UNATTRIBUTED) ?? 0;
  if (unattributed > 0) byOwnership.push({ key: UNATTRIBUTED, count: unattributed });
  return { total, byCountry, byOwnership, missing: OWNERSHIP_KINDS.filter((kind) => !kinds.has(kind)) };
}

/** Whether a country share is a real country (not unknown or unattributed). */
export const isCountryCode = (key: string): boolean => !LAST.has(key);
