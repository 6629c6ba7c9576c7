/**
 * `npm run bench:index-memory [-- --count 3000]`: what Pagefind's indexer holds per article,
 * and why. Builds `count` generated articles (kept in bench/.work/index-memory-<count>/; pass
 * --reuse to index them again without building), then indexes them several ways, each in a
 * process of its own, and prints each way's peak memory (its whole process tree), while adding
 * pages and while writing the index:
 *
 * - html: each built page as HTML (addHTMLFile), as scripts/build/search-bundle.ts does;
 * - html, Pagefind's Arabic: the same with Pagefind's language detection and stemmer;
 * - text: no HTML, the text, metadata, filters and date Pagefind took from the pages, as
 *   records (addCustomRecord);
 * - text in Latin letters: the same, each Arabic letter replaced by a Latin one, so that no
 *   word is Arabic (nothing for Unicode decomposition to split, as it splits hamza letters);
 * - half the text: the first half of each text, to see how memory follows the words.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { generateCorpus } from './generate-corpus.ts';
import { measuredRun } from './bench/measured-run.ts';
import { samplePeakMemory } from './bench/process-tree-memory.ts';
import { stagedBuild } from './build/staged-build.ts';
import { readSearchPages } from './build/search-pages.ts';
import { withSearchExtras } from './build/search-extras-page.ts';
import { searchExtrasDir } from '../src/lib/site/build-folders.ts';

const VARIANTS = {
  html: 'html',
  'html-arabic': "html, Pagefind's Arabic",
  text: 'text',
  'text-latin': 'text in Latin letters',
  'text-half': 'half the text',
} as const;
type Variant = keyof typeof VARIANTS;

const MB = 2 ** 20;
const latin = (text: string) => text.replace(/[\u0600-\u06FF]/g, (c) => String.fromCharCode(0x61 + (c.charCodeAt(0) % 26)));

interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/** What Pagefind took from each page, read back from the fragments of an index it wrote. */
function fragments(index: string): Fragment[] {
  const folder = join(index, 'fragment');
  return readdirSync(folder).map(
    (name) =>
      JSON.parse(
        gunzipSync(readFileSync(join(folder, name)))
          .subarray(12)
          .toString('utf8'),
      ) as Fragment,
  );
}

/** One variant, in this process: adds every page, writes the index to `out`, prints its peaks. */
async function indexOneWay(variant: Variant, site: string, out: string, textFrom: string) {
  const adding = samplePeakMemory(process.pid, 50);
  const { index } = await pagefind.createIndex(variant === 'html-arabic' ? {} : { forceLanguage: 'zxx' });
  if (!index) throw new Error('Pagefind could not start');
  if (variant.startsWith('html')) {
    for (const page of readSearchPages(site)) {
      const file = join(site, page.sourcePath);
      await index.addHTMLFile({
        sourcePath: page.sourcePath,
        content: withSearchExtras(readFileSync(file, 'utf8'), file, searchExtrasDir()),
      });
    }
  } else {
    const as = variant === 'text-latin' ? latin : (text: string) => text;
    for (const f of fragments(textFrom)) {
      const content = variant === 'text-half' ? f.content.slice(0, f.content.length >> 1) : as(f.content);
      const meta = Object.fromEntries(Object.entries(f.meta).map(([k, v]) => [k, as(v)]));
      const filters = Object.fromEntries(Object.entries(f.filters).map(([k, v]) => [k, v.map(as)]));
      await index.addCustomRecord({ url: f.url, content, language: 'zxx', meta, filters, sort: { date: f.meta.date! } });
    }
  }
  const addPeak = adding.stop();
  const writing = samplePeakMemory(process.pid, 50);
  rmSync(out, { recursive: true, force: true });
  await index.writeFiles({ outputPath: out });
  const writePeak = writing.stop();
  await pagefind.close();
  console.log(JSON.stringify({ addPeak, writePeak }));
}

async function main() {
  const { values } = parseArgs({
    options: { count: { type: 'string', default: '3000' }, reuse: { type: 'boolean', default: false }, variant: { type: 'string' } },
  });
  const count = Number(values.count);
  const work = resolve(`bench/.work/index-memory-${count}`);
  const site = join(work, 'dist');
  // The build writes the articles' search forms there, and every variant reads them (the child processes too).
  process.env.ARABIC_NEWS_CACHE_DIR = join(work, 'cache');
  if (values.variant) return indexOneWay(values.variant as Variant, site, join(work, values.variant), join(work, 'html'));
  if (!values.reuse) {
    console.log(`building ${count} generated articles without search…`);
    generateCorpus(count, work);
    process.env.ARABIC_NEWS_CONTENT_DIR = join(work, 'content');
    await stagedBuild(site, { search: false });
  }
  const pages = readSearchPages(site).length;
  console.log(
    `| ${pages} articles, indexed as | peak memory (MB) | while adding pages | while writing the index | KB an article | seconds |`,
  );
  console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const variant of Object.keys(VARIANTS) as Variant[]) {
    const log = join(work, `${variant}.log`);
    rmSync(log, { force: true });
    const run = await measuredRun({
      command: process.execPath,
      args: ['scripts/bench-index-memory.ts', '--count', String(count), '--variant', variant],
      cwd: resolve('.'),
      env: process.env,
      log,
    });
    const { addPeak, writePeak } = JSON.parse(readFileSync(log, 'utf8').trim().split('\n').at(-1)!) as Record<string, number>;
    const perPage = run.peakBytes / pages / 1024;
    console.log(
      `| ${VARIANTS[variant]} | ${(run.peakBytes / MB).toFixed(0)} | ${(addPeak! / MB).toFixed(0)} | ${(writePeak! / MB).toFixed(0)} | ${perPage.toFixed(0)} | ${run.seconds.toFixed(1)} |`,
    );
  }
}

await main();
