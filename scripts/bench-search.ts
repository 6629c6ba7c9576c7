/**
 * `npm run bench:search [-- --count N]`: our search against stock Pagefind on the same corpus,
 * in the same run. Generates N articles (default 10,000), builds the site, then makes the
 * stock variant: the same pages without our index-only word forms, indexed by Pagefind with
 * its defaults (the Arabic stemmer). Both are served from 127.0.0.1 and queried in chromium,
 * each query in a fresh browser context (a reader's first search, cold cache).
 *
 * Reports per variant: index size, bytes a first query fetches (everything search loads, from
 * the page's opening to the results drawn), time from typing to results drawn once the page
 * has settled (median of every query of every round), and results found. Writes
 * bench/search-results.json.
 *
 * The real-text suite (`tests/fixtures/real-text/`, scripts/real-text/): 460 passages of Arabic
 * Wikipedia built as a site of their own, and 1,056 queries typed as readers type them; for
 * each, where its passage comes in the first ten results, ours and stock's: recall@10 and MRR,
 * by class (every word as written, or some word in another form). Writes
 * bench/search-real-text.json.
 *
 *   --count N    articles (default 10000)
 *   --rounds N   times each side answers the 20 queries (default 3), alternating sides
 *   --reuse      measure the sites built by the last run again, without rebuilding
 *   --suite S    news (the 20 timed queries), real-text, or both (default)
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { generateCorpus } from './generate-corpus.ts';
import { chromiumLaunchOptions } from './browser/chromium.ts';
import { folderSize } from './bench/folder-size.ts';
import { measure, median, oursVariant, stockCopyOf, stockVariant, type SearchRun } from './bench/search-measure.ts';
import { stagedBuild } from './build/staged-build.ts';
import { serveFolder } from './bench/static-server.ts';
import { buildRealTextSites, measureRealText, realTextTable } from './real-text/measure.ts';
import { missedByClass, realTextClassKind } from './real-text/targets.ts';

const QUERIES = [
  'كورسك',
  'بيونج يانج',
  'المعاهده',
  'وبالجيش',
  '12 ألف',
  'NIS',
  'زيلينسكي',
  'الجيوش',
  'اوكرانيا',
  'الاسلحه',
  'للمهندسين',
  'KCNA',
  'بوتين',
  'الناتو',
  'قذيفة',
  '1.2 مليون',
  'الاستخبارات',
  'موسكو',
  'خسائر',
  'كيم جونغ أون',
];

async function buildBoth(count: number, work: string, ours: string, stock: string): Promise<number> {
  rmSync(work, { recursive: true, force: true });
  console.log(`generating ${count} articles…`);
  generateCorpus(count, ours);
  console.log('building the site…');
  process.env.ARABIC_NEWS_CONTENT_DIR = join(ours, 'content');
  process.env.ARABIC_NEWS_CACHE_DIR = join(ours, 'cache');
  const buildStart = performance.now();
  await stagedBuild(join(ours, 'dist'));
  const buildSeconds = Math.round((performance.now() - buildStart) / 1000);

  console.log('indexing the same pages with stock Pagefind…');
  await stockCopyOf(join(ours, 'dist'), join(stock, 'dist'));

  return buildSeconds;
}

async function realText(reuse: boolean) {
  const work = resolve('bench/.work/search-real-text');
  if (!reuse || !existsSync(join(work, 'stock', 'dist', 'pagefind'))) {
    console.log('building the real-text suite’s site, and its stock variant…');
    await buildRealTextSites(work);
  }
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    console.log('answering the real-text suite’s queries on both sides…');
    const result = await measureRealText(browser, work);
    mkdirSync('bench', { recursive: true });
    writeFileSync('bench/search-real-text.json', `${JSON.stringify({ date: new Date().toISOString(), ...result }, null, 2)}\n`);
    console.log(`\nreal-text suite: ${result.queries} queries on ${result.passages} passages\n${realTextTable(result)}`);
    console.log(`found by stock only: ${result.oursMissed.length}; by ours only: ${result.stockMissed.length}`);
    const missed = missedByClass(result.ours, result.stock, realTextClassKind);
    console.log(missed.length === 0 ? 'issue 14’s targets: all met' : `issue 14’s targets missed:\n${missed.join('\n')}`);
  } finally {
    await browser.close();
  }
}

async function main() {
  const { values } = parseArgs({
    options: {
      count: { type: 'string', default: '10000' },
      rounds: { type: 'string', default: '3' },
      reuse: { type: 'boolean', default: false },
      suite: { type: 'string', default: 'both' },
    },
  });
  if (!['news', 'real-text', 'both'].includes(values.suite)) {
    console.error('--suite is news, real-text or both');
    process.exit(2);
  }
  if (values.suite !== 'news') await realText(values.reuse);
  if (values.suite === 'real-text') return;
  const rounds = Number(values.rounds);
  const work = resolve('bench/.work/search');
  const ours = join(work, 'ours');
  const stock = join(work, 'stock');
  const marker = join(work, 'built.json');
  let count = Number(values.count);
  let buildSeconds: number;
  if (values.reuse && existsSync(marker)) {
    ({ count, buildSeconds } = JSON.parse(readFileSync(marker, 'utf8')) as { count: number; buildSeconds: number });
    console.log(`measuring the ${count}-article sites built by the last run`);
  } else {
    buildSeconds = await buildBoth(count, work, ours, stock);
    writeFileSync(marker, JSON.stringify({ count, buildSeconds }));
  }

  const servers = [await serveFolder(join(ours, 'dist'), 4611), await serveFolder(join(stock, 'dist'), 4612)];
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const oursSearch = oursVariant(4611);
    const stockSearch = stockVariant(4612);
    // Rounds alternate the sides, so a slow spell of the machine does not fall on one only.
    const runs = { ours: [] as SearchRun[], stock: [] as SearchRun[] };
    for (let round = 0; round < rounds; round++) {
      runs.ours.push(await measure(browser, oursSearch, QUERIES));
      runs.stock.push(await measure(browser, stockSearch, QUERIES));
      const ratio = median(runs.ours.at(-1)!.times) / median(runs.stock.at(-1)!.times);
      console.log(`round ${round + 1}: ours/stock time ${(ratio * 100).toFixed(0)}%`);
    }
    const summary = (side: SearchRun[], folder: string) => ({
      indexBytes: folderSize(join(folder, 'dist', 'pagefind')),
      firstQueryBytes: side[0]!.firstQueryBytes,
      medianQueryBytes: median(side.flatMap((r) => r.bytes)),
      medianMs: Math.round(median(side.flatMap((r) => r.times))),
      roundMedianMs: side.map((r) => Math.round(median(r.times))),
      found: side[0]!.found,
    });
    const results = {
      date: new Date().toISOString(),
      articles: count,
      rounds,
      buildSeconds,
      ours: summary(runs.ours, ours),
      stock: summary(runs.stock, stock),
    };
    mkdirSync('bench', { recursive: true });
    writeFileSync('bench/search-results.json', `${JSON.stringify(results, null, 2)}\n`);
    const ratio = (a: number, b: number) => `${((a / b) * 100).toFixed(0)}%`;
    const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
    console.log(`\nsearch at ${count} articles (ours / stock Pagefind):`);
    console.log(`| measure | ours | stock | ours/stock |\n| --- | --- | --- | --- |`);
    console.log(
      `| index size | ${kb(results.ours.indexBytes)} | ${kb(results.stock.indexBytes)} | ${ratio(results.ours.indexBytes, results.stock.indexBytes)} |`,
    );
    console.log(
      `| bytes for a first query | ${kb(results.ours.firstQueryBytes)} | ${kb(results.stock.firstQueryBytes)} | ${ratio(results.ours.firstQueryBytes, results.stock.firstQueryBytes)} |`,
    );
    console.log(
      `| median bytes per cold query | ${kb(results.ours.medianQueryBytes)} | ${kb(results.stock.medianQueryBytes)} | ${ratio(results.ours.medianQueryBytes, results.stock.medianQueryBytes)} |`,
    );
    console.log(
      `| typing to results drawn, median of ${QUERIES.length} queries × ${rounds} rounds | ${results.ours.medianMs} ms | ${results.stock.medianMs} ms | ${ratio(results.ours.medianMs, results.stock.medianMs)} |`,
    );
    const zero = (found: Record<string, number>) => Object.values(found).filter((n) => n === 0).length;
    console.log(`| queries with no result | ${zero(results.ours.found)} | ${zero(results.stock.found)} | |`);
  } finally {
    await browser.close();
    for (const server of servers) server.close();
  }
}

await main();
