/**
 * The site's search index, written into `<site>/pagefind/` once Astro has written every page:
 *
 *   pagefind/                     Pagefind's script, worker and WebAssembly, with an index of no
 *                                 articles: what the search page loads (src/scripts/search-page.ts)
 *   pagefind/bundles.json         the bundles, oldest first (src/lib/search/bundles.ts)
 *   pagefind/bundles/<day>/       one bundle: the Pagefind index of a run of days
 *                                 (search-plan.ts), and bundle.json, what it was built from
 *
 * Each bundle is built in a process of its own (search-bundle.ts), so the indexer's memory is
 * that of the bundles being built, whatever the size of the site: one per core at a time, as
 * many as memory allows (searchJobs). A bundle whose pages are unchanged is copied from an
 * earlier build instead: `reuseFrom` names folders that hold bundle folders, such as the last
 * published site's pagefind/bundles/.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pLimit from 'p-limit';
import { parseBundleList, type SearchBundle } from '../../src/lib/search/bundles.ts';
import { searchExtrasDir } from '../../src/lib/site/build-folders.ts';
import { searchBundlePath } from '../../src/lib/site/urls.ts';
import type { BundleJob } from './search-bundle.ts';
import { bundleDigest, planBundles, type BundlePlan } from './search-plan.ts';
import { readSearchPages } from './search-pages.ts';

const BUNDLE_SCRIPT = fileURLToPath(new URL('search-bundle.ts', import.meta.url));
/** What the bundle script gives Pagefind of each page. */
const PAGE_SCRIPT = fileURLToPath(new URL('search-extras-page.ts', import.meta.url));
/** Pagefind's package.json, beside its lib/index.js (its exports name no package.json). */
const PAGEFIND_PACKAGE = fileURLToPath(new URL('../package.json', import.meta.resolve('pagefind')));

/**
 * Articles a bundle holds at least: it holds up to twice as many (and a day's more), and the
 * newest up to three times as many (search-plan.ts). Measured (README «Scale», `npm run
 * bench:index-memory`): Pagefind's indexer needs 350 to 500 KB an article, so a bundle of 3,000
 * to 6,000 articles needs 1.4 to 3 GB. Smaller bundles would need less, but every bundle adds
 * an index file (up to about 8 KB) to fetch for each word a reader searches for.
 * ARABIC_NEWS_SEARCH_BUNDLE_PAGES sets another size (the build tests use a few articles).
 */
export const PAGES_PER_BUNDLE = 3000;

export function pagesPerBundle(): number {
  const set = process.env.ARABIC_NEWS_SEARCH_BUNDLE_PAGES;
  if (set === undefined) return PAGES_PER_BUNDLE;
  const value = set === 'Infinity' ? Infinity : Number(set);
  if (!(value >= 1))
    throw new Error(`ARABIC_NEWS_SEARCH_BUNDLE_PAGES: expected a number of articles of at least 1 (or Infinity), not "${set}"`);
  return value;
}

/** What Pagefind's indexer holds for an article at most (README «Search in bundles»). */
const INDEXER_BYTES_PER_ARTICLE = 500 * 1024;
/** The share of the machine's memory the bundles being built may hold together. */
const MEMORY_SHARE = 0.4;

/**
 * How many bundles to build at once. Indexing a bundle keeps about one core busy between the
 * page feeder and Pagefind's indexer, so one job a core; and as many as fit in `MEMORY_SHARE`
 * of the memory when each holds what the largest bundle needs, at least one.
 * ARABIC_NEWS_SEARCH_JOBS sets the number.
 */
export function searchJobs(largestBundle: number, machine = { cores: availableParallelism(), memory: totalmem() }): number {
  const set = process.env.ARABIC_NEWS_SEARCH_JOBS;
  if (set !== undefined) {
    const value = Number(set);
    if (!Number.isInteger(value) || value < 1)
      throw new Error(`ARABIC_NEWS_SEARCH_JOBS: expected a whole number of at least 1, not "${set}"`);
    return value;
  }
  const fit = Math.floor((machine.memory * MEMORY_SHARE) / Math.max(1, largestBundle * INDEXER_BYTES_PER_ARTICLE));
  return Math.max(1, Math.min(machine.cores, fit));
}

/**
 * What builds a bundle: Pagefind's version and our indexing code. Part of every bundle's digest,
 * so that upgrading Pagefind or changing how a bundle is built rebuilds every bundle.
 */
export function indexerVersion(): string {
  const pagefind = (JSON.parse(readFileSync(PAGEFIND_PACKAGE, 'utf8')) as { version: string }).version;
  return `pagefind ${pagefind}\n${readFileSync(BUNDLE_SCRIPT, 'utf8')}\n${readFileSync(PAGE_SCRIPT, 'utf8')}`;
}

/** Runs one search-bundle.ts job in a child process; its messages go to this one's. */
export function runBundleJob(job: BundleJob): Promise<void> {
  const child = spawn(process.execPath, [BUNDLE_SCRIPT], { stdio: ['pipe', 'inherit', 'inherit'] });
  child.stdin.end(JSON.stringify(job));
  return new Promise((done, failed) => {
    child.on('error', failed);
    child.on('exit', (code, signal) =>
      code === 0
        ? done()
        : failed(new Error(`the search bundle ${job.out} could not be built (exit ${code ?? signal}); its messages are above`)),
    );
  });
}

/** Copies a folder by hard links where it can: the files of a built index never change. */
function linkTree(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const [source, target] = [join(from, entry.name), join(to, entry.name)];
    if (entry.isDirectory()) linkTree(source, target);
    else {
      try {
        linkSync(source, target);
      } catch {
        copyFileSync(source, target);
      }
    }
  }
}

/** The file in a bundle's folder that says what it was built from. */
const STAMP = 'bundle.json';

/** The digest a bundle folder was built from, or undefined when it is not a complete bundle. */
export function stampedDigest(folder: string): string | undefined {
  try {
    return (JSON.parse(readFileSync(join(folder, STAMP), 'utf8')) as { digest?: string }).digest;
  } catch {
    return undefined;
  }
}

export interface PlannedBundle extends BundlePlan {
  digest: string;
}

/** The site's bundles, each with its digest. */
export function planSearchBundles(siteDir: string, perBundle = pagesPerBundle()): PlannedBundle[] {
  const indexer = indexerVersion();
  return planBundles(readSearchPages(siteDir), perBundle).map((plan) => ({ ...plan, digest: bundleDigest(plan, indexer) }));
}

/** A folder in `reuseFrom` that holds this very bundle, built from the same digest. */
function earlierBundle(plan: PlannedBundle, reuseFrom: readonly string[]): string | undefined {
  return reuseFrom.map((dir) => join(dir, plan.name)).find((dir) => stampedDigest(dir) === plan.digest);
}

/**
 * Puts one planned bundle in `folder`: a copy of the same bundle from `reuseFrom`, or a new one
 * built with the search forms in `extras`. Says which.
 */
export async function placeBundle(
  siteDir: string,
  plan: PlannedBundle,
  folder: string,
  reuseFrom: readonly string[],
  extras = searchExtrasDir(),
) {
  const earlier = earlierBundle(plan, reuseFrom);
  if (earlier) {
    linkTree(earlier, folder);
    return 'reused';
  }
  await runBundleJob({ site: siteDir, out: folder, pages: plan.pages.map((p) => p.sourcePath), scripts: false, extras });
  writeFileSync(join(folder, STAMP), `${JSON.stringify({ name: plan.name, digest: plan.digest, pages: plan.pages.length })}\n`);
  return 'built';
}

export interface SearchIndexOptions {
  /** Folders of earlier bundle folders; a bundle of the same digest there is copied. */
  reuseFrom?: readonly string[];
  /** Whether to build the bundles found in none of them (otherwise that is an error). */
  build?: boolean;
  pagesPerBundle?: number;
  /** The folder of the articles' search forms; by default the build's cache. */
  extras?: string;
}

/** Writes the search index of the site in `siteDir` (see the top of this file); returns what it did. */
export async function writeSearchIndex(siteDir: string, options: SearchIndexOptions = {}) {
  const plans = planSearchBundles(siteDir, options.pagesPerBundle);
  const reuseFrom = options.reuseFrom ?? [];
  if (options.build === false) {
    const missing = plans.filter((plan) => !earlierBundle(plan, reuseFrom)).map((plan) => `${plan.name} (digest ${plan.digest})`);
    if (missing.length > 0)
      throw new Error(`no search bundle built from these pages in ${reuseFrom.join(', ')} for: ${missing.join(', ')}; build them again`);
  }
  const root = join(siteDir, 'pagefind');
  await runBundleJob({ site: siteDir, out: root, pages: [], scripts: true, extras: options.extras ?? searchExtrasDir() });
  const done = { pages: 0, built: [] as string[], reused: [] as string[] };
  const limit = pLimit(searchJobs(Math.max(0, ...plans.map((plan) => plan.pages.length))));
  const placed = await Promise.allSettled(
    plans.map((plan) =>
      limit(async () => {
        const started = performance.now();
        const how = await placeBundle(siteDir, plan, join(root, 'bundles', plan.name), reuseFrom, options.extras);
        done[how].push(plan.name);
        done.pages += plan.pages.length;
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        console.log(`search bundle ${plan.name} (${plan.pages.length} articles, ${plan.from} to ${plan.to}): ${how} in ${seconds} s`);
      }),
    ),
  );
  // Every job has ended before a failure is reported: none is left writing into the site.
  const failed = placed.find((result) => result.status === 'rejected');
  if (failed) throw failed.reason;
  // Bundle names are days: sorted, they are in date order, whichever job ended first.
  done.built.sort();
  done.reused.sort();
  const list: SearchBundle[] = plans.map(({ name, from, to, pages, digest }) => ({
    name,
    path: searchBundlePath(name),
    from,
    to,
    pages: pages.length,
    digest,
  }));
  const listFile = join(root, 'bundles.json');
  writeFileSync(listFile, `${JSON.stringify({ bundles: list })}\n`);
  // What the search page will read, read back as it will: a list it would refuse fails the build.
  parseBundleList(readFileSync(listFile, 'utf8'), listFile);
  return done;
}

/** The bundles of the last published site, to copy unchanged ones from. */
export function publishedBundles(siteDir: string): string[] {
  const folder = join(siteDir, 'pagefind', 'bundles');
  return existsSync(folder) ? [folder] : [];
}
