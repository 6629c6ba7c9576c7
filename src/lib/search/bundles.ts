/**
 * The search index comes in bundles: one Pagefind index per run of consecutive days of
 * articles (scripts/build/search-plan.ts), each built in its own process, so no indexer ever
 * holds the whole site. The search page loads Pagefind from `/pagefind/` (an index with no
 * articles: Pagefind's script, worker and WebAssembly) and merges every bundle into it with
 * Pagefind's `mergeIndex`. This module is what the build and the search page share: the list
 * of bundles the build writes, and the order of results across bundles.
 */

/** One bundle as `/pagefind/bundles.json` lists it. */
export interface SearchBundle {
  /** Its folder under /pagefind/bundles/: the day of its oldest article, YYYY-MM-DD. */
  name: string;
  /** Where it is served, root-relative, ending with "/". */
  path: string;
  /** The days of its oldest and newest articles, YYYY-MM-DD. */
  from: string;
  to: string;
  /** How many articles it indexes. */
  pages: number;
  /** A hash of everything it is built from: its pages' indexed HTML and the indexer. */
  digest: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const FIELDS: Record<keyof SearchBundle, (value: unknown) => boolean> = {
  name: (v) => typeof v === 'string' && DAY.test(v),
  path: (v) => typeof v === 'string' && v.startsWith('/') && v.endsWith('/'),
  from: (v) => typeof v === 'string' && DAY.test(v),
  to: (v) => typeof v === 'string' && DAY.test(v),
  pages: (v) => Number.isInteger(v) && (v as number) > 0,
  digest: (v) => typeof v === 'string' && v.length > 0,
};

/**
 * Reads `/pagefind/bundles.json`: `{ "bundles": [...] }`, oldest bundle first. `file` names
 * where the text came from in the error a malformed list throws.
 */
export function parseBundleList(text: string, file: string): SearchBundle[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file}: not JSON (${error instanceof Error ? error.message : String(error)})`, { cause: error });
  }
  const bundles = (parsed as { bundles?: unknown } | null)?.bundles;
  if (!Array.isArray(bundles)) throw new Error(`${file}: expected { "bundles": [...] }`);
  return bundles.map((bundle: unknown, i) => {
    for (const [field, valid] of Object.entries(FIELDS)) {
      const value = (bundle as Record<string, unknown> | null)?.[field];
      if (!valid(value)) throw new Error(`${file}: bundles[${i}].${field} is ${JSON.stringify(value)}`);
    }
    const { name, path, from, to, pages, digest } = bundle as SearchBundle;
    if (i > 0 && from <= (bundles[i - 1] as SearchBundle).to)
      throw new Error(`${file}: bundles[${i}] (${name}) is not newer than the one before it`);
    return { name, path, from, to, pages, digest };
  });
}

/**
 * Pagefind multiplies every score of a merged index by that index's `indexWeight` and sorts
 * the merged results by score. Bundle n (1 for the oldest) gets weight 1 + n·2⁻³²: enough to
 * tell which bundle a score came from (see bundleOfScore), and too little to reorder anything
 * but exact ties while there are fewer than 256 bundles, since Pagefind's scores are 32-bit
 * floats, at least 2⁻²⁴ of their value apart.
 */
const WEIGHT_STEP = 2 ** -32;

/** The `indexWeight` of the n-th bundle, counting from 1 for the oldest. */
export function bundleWeight(n: number): number {
  return 1 + n * WEIGHT_STEP;
}

/**
 * With a sort, Pagefind scores a result by its position in its own index's order (1, 2, 3…:
 * every bundle has one record that sorts before all its articles, so no article is at 0)
 * and then merges indexes by that score, which interleaves bundles. Position times weight
 * gives both back: the position is the nearest whole number, the bundle what the weight adds.
 */
export function bundleOfScore(score: number, bundleCount: number): { bundle: number; position: number } | undefined {
  const position = Math.round(score);
  if (position < 1) return undefined;
  const bundle = Math.round((score / position - 1) / WEIGHT_STEP);
  return bundle >= 1 && bundle <= bundleCount ? { bundle, position } : undefined;
}

/**
 * Results of a search sorted by date, newest first across bundles. Bundles hold consecutive
 * days, so the newest bundle's results all come first, each bundle's in Pagefind's own order.
 * A score that names no bundle (none should) keeps its place after the others.
 */
export function newestFirst<T extends { score: number }>(results: readonly T[], bundleCount: number): T[] {
  const keyed = results.map((result) => ({ result, at: bundleOfScore(result.score, bundleCount) }));
  const placed = keyed.filter((k) => k.at !== undefined);
  placed.sort((a, b) => b.at!.bundle - a.at!.bundle || b.at!.position - a.at!.position);
  return [...placed, ...keyed.filter((k) => k.at === undefined)].map((k) => k.result);
}
