/**
 * A reader's first search, measured in chromium: shared by `npm run bench:search` (our search
 * against stock Pagefind on the same pages) and `npm run bench` (our site against a plain
 * Astro blog with stock Pagefind), so both benchmarks time and weigh a search the same way.
 */
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import * as pagefind from 'pagefind';

/** Results drawn for a query, the same on both sides (our page draws ten at first). */
export const SHOWN = 10;

/** The stock page: Pagefind's JS API as its documentation shows it, drawing the same results. */
export const STOCK_PAGE = `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>stock</title></head>
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

/** Where the stock page lives in a site's output folder: `/bench-search/`. */
export const STOCK_PAGE_FOLDER = 'bench-search';

/**
 * `stockDist`: the pages of the built site `dist`, without its search index, indexed by stock
 * Pagefind (indexAsStock). The pages carry only the digest of our index-only forms, which
 * stock Pagefind ignores. Returns the number of pages indexed.
 */
export async function stockCopyOf(dist: string, stockDist: string): Promise<number> {
  rmSync(stockDist, { recursive: true, force: true });
  cpSync(dist, stockDist, { recursive: true, filter: (path) => path !== join(dist, 'pagefind') });
  return indexAsStock(stockDist);
}

/**
 * A stock site with search: the stock page written into `dist`, then Pagefind with its
 * defaults over the whole site. The page goes in first, as a site would have it when indexed.
 */
export async function indexAsStock(dist: string): Promise<number> {
  mkdirSync(join(dist, STOCK_PAGE_FOLDER), { recursive: true });
  writeFileSync(join(dist, STOCK_PAGE_FOLDER, 'index.html'), STOCK_PAGE);
  const { index, errors } = await pagefind.createIndex();
  try {
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: dist });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index ${dist}: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: join(dist, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}

/** One side of a comparison: how to open its search page, type, and know results are drawn. */
export interface Variant {
  name: string;
  url: string;
  ready: (page: Page) => Promise<void>;
  input: string;
  /**
   * True once the results are drawn. Run in the page, so it must use nothing from outside its
   * own body; a function rather than a string, since our pages' Content-Security-Policy
   * forbids evaluating strings.
   */
  done: () => boolean;
  /** The number of results drawn; run in the page like `done`. */
  count: () => number;
  /** Whether a request belongs to search, and so counts in the bytes a search fetches. */
  isSearchRequest: (path: string) => boolean;
}

/** Our real search page, served from 127.0.0.1 on `port`. */
export function oursVariant(port: number): Variant {
  return {
    name: 'ours',
    url: `http://127.0.0.1:${port}/search/`,
    ready: async (page) => void (await page.waitForFunction(() => document.querySelector('#search-status')?.textContent?.includes('اكتب'))),
    input: '#search-query',
    done: () => /لـ«|لا نتائج/.test(document.querySelector('#search-status')?.textContent ?? ''),
    count: () => document.querySelectorAll('#search-results li').length,
    isSearchRequest: (path) => path.startsWith('/pagefind/') || path === '/search-lexicon.json' || /^\/_astro\/.*\.js$/.test(path),
  };
}

/** STOCK_PAGE over stock Pagefind's index, served from 127.0.0.1 on `port`. */
export function stockVariant(port: number): Variant {
  return {
    name: 'stock',
    url: `http://127.0.0.1:${port}/${STOCK_PAGE_FOLDER}/`,
    ready: async (page) => void (await page.waitForFunction(() => document.querySelector('#status')?.textContent === 'ready')),
    input: '#q',
    done: () => /results/.test(document.querySelector('#status')?.textContent ?? ''),
    count: () => document.querySelectorAll('#results li').length,
    isSearchRequest: (path) => path.startsWith('/pagefind/'),
  };
}

export interface SearchRun {
  /** Bytes the first query fetched, from the page's opening to its results drawn. */
  firstQueryBytes: number;
  /** Bytes each query fetched, in the order of the queries. */
  bytes: number[];
  /** Milliseconds from typing to results drawn, in the order of the queries. */
  times: number[];
  /** Results drawn for each query. */
  found: Record<string, number>;
}

export const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Each query in a fresh browser context: every one is a reader's first search, cold cache. */
export async function measure(browser: Browser, variant: Variant, queries: readonly string[]): Promise<SearchRun> {
  const times: number[] = [];
  const bytes: number[] = [];
  const found: Record<string, number> = {};
  for (const query of queries) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const sizes: Promise<number>[] = [];
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
    await page.waitForFunction(variant.done, undefined, { polling: 'raf', timeout: 30_000 });
    const drawn = await page.evaluate(() => performance.now());
    found[query] = await page.evaluate(variant.count);
    await page.waitForLoadState('networkidle');
    times.push(drawn - started);
    bytes.push((await Promise.all(sizes)).reduce((a, b) => a + b, 0));
    await context.close();
  }
  return { firstQueryBytes: bytes[0]!, bytes, times, found };
}
