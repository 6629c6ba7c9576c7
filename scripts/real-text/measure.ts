/**
 * The real-text suite end to end: builds the site from the suite's passages, makes the stock
 * variant of the same pages (Pagefind's defaults, its Arabic stemmer), serves both and answers
 * every query on both sides in chromium.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { stagedBuild } from '../build/staged-build.ts';
import { STOCK_PAGE_FOLDER, stockCopyOf } from '../bench/search-measure.ts';
import { portOf, serveFolder } from '../bench/static-server.ts';
import { readPassages, readSuiteQueries, writeRealTextCorpus, type Passage, type SuiteQuery } from './corpus.ts';
import { answerAll, oursRanked, scoresByClass, stockRanked, type Answer, type Scores } from './recall.ts';

export interface RealTextResult {
  passages: number;
  queries: number;
  ours: Record<string, Scores>;
  stock: Record<string, Scores>;
  /** Queries whose passage stock found in its first ten and ours did not, and the reverse. */
  oursMissed: string[];
  stockMissed: string[];
}

/** Builds our site from `passages` (each an article, as the suite's are) into `out/dist`. */
export async function buildPassageSite(out: string, passages: readonly Passage[]): Promise<void> {
  writeRealTextCorpus(out, passages);
  // The build reads its folders from the environment; this process may build other sites after.
  const saved = { ...process.env };
  process.env.ARABIC_NEWS_CONTENT_DIR = join(out, 'content');
  process.env.ARABIC_NEWS_CACHE_DIR = join(out, 'cache');
  try {
    await stagedBuild(join(out, 'dist'));
  } finally {
    process.env = saved;
  }
}

/** Builds `work/ours/dist` from the suite and `work/stock/dist` from the same pages. */
export async function buildRealTextSites(work: string): Promise<void> {
  rmSync(work, { recursive: true, force: true });
  const ours = join(work, 'ours');
  await buildPassageSite(ours, readPassages());
  await stockCopyOf(join(ours, 'dist'), join(work, 'stock', 'dist'));
}

const described = (a: Answer) => `«${a.query.query}» → ${a.query.passage}`;

/**
 * Answers the suite's queries (all, or `only`) on both sites built by buildRealTextSites, each
 * served on a port of its own that the system picks, so that several measurements can run at once.
 */
export async function measureRealText(browser: Browser, work: string, only?: readonly SuiteQuery[]): Promise<RealTextResult> {
  const passageList = readPassages();
  const passages = new Map(passageList.map((p) => [p.id, p]));
  const queries = only ?? readSuiteQueries();
  const servers = [await serveFolder(join(work, 'ours', 'dist'), 0), await serveFolder(join(work, 'stock', 'dist'), 0)];
  const [oursPort, stockPort] = servers.map(portOf);
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${oursPort}/search/`);
    await page.waitForFunction(() => document.querySelector('#search-status')?.textContent?.includes('اكتب'));
    const ours = await answerAll(queries, passages, (q) => oursRanked(page, q));
    await page.goto(`http://127.0.0.1:${stockPort}/${STOCK_PAGE_FOLDER}/`);
    const stock = await answerAll(queries, passages, (q) => stockRanked(page, q));
    return {
      passages: passageList.length,
      queries: queries.length,
      ours: scoresByClass(ours),
      stock: scoresByClass(stock),
      oursMissed: ours.filter((a, i) => a.rank === 0 && stock[i]!.rank > 0).map(described),
      stockMissed: stock.filter((a, i) => a.rank === 0 && ours[i]!.rank > 0).map(described),
    };
  } finally {
    await context.close();
    for (const server of servers) server.close();
  }
}

/** The result as a Markdown table: recall@10 and MRR for each class, ours beside stock. */
export function realTextTable(result: RealTextResult): string {
  const pct = (n: number) => `${(n * 100).toFixed(1)}%`;
  const rows = Object.keys(result.ours).map((key) => {
    const o = result.ours[key]!;
    const s = result.stock[key]!;
    return `| ${key} | ${o.queries} | ${pct(o.recall)} | ${pct(s.recall)} | ${o.mrr.toFixed(3)} | ${s.mrr.toFixed(3)} |`;
  });
  return [
    `| queries (${result.passages} passages) | n | recall@10 ours | recall@10 stock | MRR ours | MRR stock |`,
    '| --- | --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}
