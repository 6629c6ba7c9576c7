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
 *   --count N    articles (default 10000)
 *   --rounds N   times each side answers the 20 queries (default 3), alternating sides
 *   --reuse      measure the sites built by the last run again, without rebuilding
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser } from '@playwright/test';
import * as pagefind from 'pagefind';
import { generateCorpus } from './generate-corpus.ts';
import { chromiumLaunchOptions } from './lib/chromium.ts';
import { stagedBuild } from './lib/staged-build.ts';
import { serveFolder } from './lib/static-server.ts';

const QUERIES = [
  'كورسك', 'بيونج يانج', 'المعاهده', 'وبالجيش', '12 ألف', 'NIS', 'زيلينسكي', 'الجيوش', 'اوكرانيا', 'الاسلحه',
  'للمهندسين', 'KCNA', 'بوتين', 'الناتو', 'قذيفة', '1.2 مليون', 'الاستخبارات', 'موسكو', 'خسائر', 'كيم جونغ أون',
];
/** Results drawn for a query, the same on both sides (our page draws ten at first). */
const SHOWN = 10;

/** The stock page: Pagefind's JS API as its documentation shows it, drawing the same results. */
const STOCK_PAGE = `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>stock</title></head>
<body><input id="q" type="search"><p id="status"></p><ol id="results"></ol>
<script type="module">
const pagefind = await import('/pagefind/pagefind.js');
const input = document.getElementById('q');
const list = document.getElementById('results');
const status = document.getElementById('status');
input.addEventListener('input', async () => {
  const search = await pagefind.debouncedSearch(input.value, {}, 250);
  if (!search) return;
  const data = await Promise.all(search.results.slice(0, ${SHOWN}).map((r) => r.data()));
  list.replaceChildren(...data.map((d) => { const li = document.createElement('li'); li.innerHTML = '<a href="' + d.url + '">' + d.meta.title + '</a><p>' + d.excerpt + '</p>'; return li; }));
  status.textContent = search.results.length + ' results';
});
status.textContent = 'ready';
</script></body></html>`;

interface Variant {
  name: string;
  url: string;
  ready: (page: import('@playwright/test').Page) => Promise<void>;
  input: string;
  done: string;
  count: string;
  isSearchRequest: (path: string) => boolean;
}

function folderSize(folder: string): number {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce((sum, entry) => sum + statSync(join(entry.parentPath, entry.name)).size, 0);
}

const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function measure(browser: Browser, variant: Variant) {
  const times: number[] = [];
  const bytes: number[] = [];
  const found: Record<string, number> = {};
  for (const query of QUERIES) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const sizes: Array<Promise<number>> = [];
    page.on('requestfinished', (request) => {
      if (!variant.isSearchRequest(new URL(request.url()).pathname)) return;
      sizes.push(request.sizes().then((s) => s.responseBodySize));
    });
    await page.goto(variant.url);
    await variant.ready(page);
    // A reader reads the page before typing: both sides start once their page has settled.
    await page.waitForLoadState('networkidle');
    const started = await page.evaluate(() => performance.now());
    await page.fill(variant.input, query);
    await page.waitForFunction((done) => new Function(`return ${done}`)(), variant.done, { polling: 'raf', timeout: 30_000 });
    const drawn = await page.evaluate(() => performance.now());
    found[query] = await page.evaluate((count) => new Function(`return ${count}`)() as number, variant.count);
    await page.waitForLoadState('networkidle');
    times.push(drawn - started);
    bytes.push((await Promise.all(sizes)).reduce((a, b) => a + b, 0));
    await context.close();
  }
  return { firstQueryBytes: bytes[0]!, bytes, times, found };
}

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
  cpSync(join(ours, 'dist'), join(stock, 'dist'), { recursive: true });
  rmSync(join(stock, 'dist', 'pagefind'), { recursive: true });
  const articles = join(stock, 'dist', 'articles');
  for (const entry of readdirSync(articles, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || entry.name !== 'index.html') continue;
    const file = join(entry.parentPath, entry.name);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/<p hidden data-search-extras>[\s\S]*?<\/p>/, ''));
  }
  mkdirSync(join(stock, 'dist', 'bench-search'), { recursive: true });
  writeFileSync(join(stock, 'dist', 'bench-search', 'index.html'), STOCK_PAGE);
  const { index } = await pagefind.createIndex({});
  await index!.addDirectory({ path: join(stock, 'dist') });
  await index!.writeFiles({ outputPath: join(stock, 'dist', 'pagefind') });
  await pagefind.close();

  return buildSeconds;
}

async function main() {
  const { values } = parseArgs({
    options: {
      count: { type: 'string', default: '10000' },
      rounds: { type: 'string', default: '3' },
      reuse: { type: 'boolean', default: false },
    },
  });
  const rounds = Number(values.rounds);
  const work = resolve('bench/.work/search');
  const ours = join(work, 'ours');
  const stock = join(work, 'stock');
  const marker = join(work, 'built.json');
  let count = Number(values.count);
  let buildSeconds = 0;
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
    const oursVariant: Variant = {
      name: 'ours',
      url: 'http://127.0.0.1:4611/search/',
      ready: async (page) => void (await page.waitForFunction(() => document.querySelector('#search-status')?.textContent?.includes('اكتب'))),
      input: '#search-query',
      done: `/لـ«|لا نتائج/.test(document.querySelector('#search-status').textContent)`,
      count: `document.querySelectorAll('#search-results li').length`,
      isSearchRequest: (path) => path.startsWith('/pagefind/') || path === '/search-lexicon.json' || /^\/_astro\/.*\.js$/.test(path),
    };
    const stockVariant: Variant = {
      name: 'stock',
      url: 'http://127.0.0.1:4612/bench-search/',
      ready: async (page) => void (await page.waitForFunction(() => document.querySelector('#status')?.textContent === 'ready')),
      input: '#q',
      done: `/results/.test(document.querySelector('#status').textContent)`,
      count: `document.querySelectorAll('#results li').length`,
      isSearchRequest: (path) => path.startsWith('/pagefind/'),
    };
    // Rounds alternate the sides, so a slow spell of the machine does not fall on one only.
    const runs = { ours: [] as Awaited<ReturnType<typeof measure>>[], stock: [] as Awaited<ReturnType<typeof measure>>[] };
    for (let round = 0; round < rounds; round++) {
      runs.ours.push(await measure(browser, oursVariant));
      runs.stock.push(await measure(browser, stockVariant));
      const ratio = median(runs.ours.at(-1)!.times) / median(runs.stock.at(-1)!.times);
      console.log(`round ${round + 1}: ours/stock time ${(ratio * 100).toFixed(0)}%`);
    }
    const summary = (side: Awaited<ReturnType<typeof measure>>[], folder: string) => ({
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
    console.log(`| index size | ${kb(results.ours.indexBytes)} | ${kb(results.stock.indexBytes)} | ${ratio(results.ours.indexBytes, results.stock.indexBytes)} |`);
    console.log(`| bytes for a first query | ${kb(results.ours.firstQueryBytes)} | ${kb(results.stock.firstQueryBytes)} | ${ratio(results.ours.firstQueryBytes, results.stock.firstQueryBytes)} |`);
    console.log(`| median bytes per cold query | ${kb(results.ours.medianQueryBytes)} | ${kb(results.stock.medianQueryBytes)} | ${ratio(results.ours.medianQueryBytes, results.stock.medianQueryBytes)} |`);
    console.log(`| typing to results drawn, median of ${QUERIES.length} queries × ${rounds} rounds | ${results.ours.medianMs} ms | ${results.stock.medianMs} ms | ${ratio(results.ours.medianMs, results.stock.medianMs)} |`);
    const zero = (found: Record<string, number>) => Object.values(found).filter((n) => n === 0).length;
    console.log(`| queries with no result | ${zero(results.ours.found)} | ${zero(results.stock.found)} | |`);
  } finally {
    await browser.close();
    for (const server of servers) server.close();
  }
}

await main();
