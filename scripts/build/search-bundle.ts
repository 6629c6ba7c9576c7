/**
 * Builds one bundle of the search index, in a process of its own: Pagefind's indexer holds
 * every word of every page it is given until it has written the index (350 to 500 KB an
 * article, see README «Scale»), and a process gives all of it back when it exits. search-index.ts
 * starts one per bundle, as many at once as the machine's cores and memory allow:
 *
 *   node scripts/build/search-bundle.ts < job.json
 *
 * where the job is a BundleJob as JSON. It exits 1 with Pagefind's errors, or a page's, when the
 * bundle could not be built.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { text } from 'node:stream/consumers';
import * as pagefind from 'pagefind';
import { SEARCH_PATH } from '../../src/lib/site/urls.ts';
import { withSearchExtras } from './search-extras-page.ts';

export interface BundleJob {
  /** The built site the pages are read from. */
  site: string;
  /** The bundle's folder, written anew. */
  out: string;
  /** The pages, relative to `site`, in the order the index is given them. */
  pages: string[];
  /** The folder of the articles' search forms (search-extras-page.ts). */
  extras: string;
  /**
   * Whether to keep Pagefind's script, worker and WebAssembly: only the index the page loads
   * needs them. A merged bundle keeps only its index files: Pagefind searches it with the
   * first index's engine.
   */
  scripts: boolean;
}

/**
 * `zxx` turns off Pagefind's Arabic stemmer, which made false friends of unrelated words
 * (see README, «How search matches Arabic»); our own word forms are in the pages.
 */
const INDEX_OPTIONS = { forceLanguage: 'zxx' };

/**
 * One record in every bundle that sorts before all its articles, so that in a search sorted by
 * date no article is at position 0, where its bundle could not be read from its score
 * (src/lib/search/bundles.ts). Its only word is a tatweel, which the search page removes from
 * every query (src/lib/arabic/normalize.ts), so no search finds it; Pagefind leaves out a
 * record with no word at all.
 */
const FIRST_IN_ORDER = { url: SEARCH_PATH, content: 'ـ', language: 'zxx', sort: { date: '0000-00-00' } };

/** What a merged bundle needs of what Pagefind writes: its entry file and index files. */
const INDEX_FILES = /^(pagefind-entry\.json|pagefind\..+\.pf_meta|index|fragment|filter)$/;

const failIf = (errors: string[], what: string) => {
  if (errors.length > 0) throw new Error(`${what}: ${errors.join('; ')}`);
};

export async function writeBundle(job: BundleJob): Promise<void> {
  const { index, errors } = await pagefind.createIndex(INDEX_OPTIONS);
  try {
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    failIf((await index.addCustomRecord(FIRST_IN_ORDER)).errors, 'Pagefind could not add its first record');
    for (const sourcePath of job.pages) {
      const file = join(job.site, sourcePath);
      const added = await index.addHTMLFile({ sourcePath, content: withSearchExtras(readFileSync(file, 'utf8'), file, job.extras) });
      failIf(added.errors, `Pagefind could not index ${file}`);
    }
    rmSync(job.out, { recursive: true, force: true });
    failIf((await index.writeFiles({ outputPath: job.out })).errors, `Pagefind could not write ${job.out}`);
  } finally {
    await pagefind.close();
  }
  if (!job.scripts) {
    for (const name of readdirSync(job.out)) if (!INDEX_FILES.test(name)) rmSync(join(job.out, name), { recursive: true });
  }
}

if (import.meta.main) {
  const job = JSON.parse(await text(process.stdin)) as BundleJob;
  try {
    await writeBundle(job);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
