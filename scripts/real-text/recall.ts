/**
 * Recall on the real-text suite: for each query, where the passage it was asked about comes in
 * the first ten results, on our search page and on stock Pagefind over the same pages. Shared
 * by `npm run bench:search` and the e2e recall test, so both count the same way.
 */
import type { Page } from '@playwright/test';
import { normalizedWords } from '../../src/lib/arabic/normalize.ts';
import type { Passage, SuiteQuery } from './corpus.ts';

/** Results a reader sees first, on both sides. */
export const FIRST_PAGE = 10;

/**
 * «as written»: every query word is a word of the passage or its title, spelling aside (hamza,
 * ة/ه, ى/ي, diacritics and tanween are normalized); «other forms»: some query word is in the
 * passage only in another form (another person or number, a suffix, a clitic), or not at all.
 */
export type QueryClass = 'as written' | 'other forms';

export function classify(query: string, passage: Passage): QueryClass {
  const words = new Set(normalizedWords(`${passage.title} ${passage.text}`));
  return normalizedWords(query).every((word) => words.has(word)) ? 'as written' : 'other forms';
}

/** The article ids of a result page's links, in order: `/articles/<id>/` → id. */
const idsOf = (hrefs: readonly string[]) => hrefs.map((href) => new URL(href, 'http://x').pathname.split('/')[2] ?? '');

/**
 * Our search page's first results for a query, typed into the page as a reader types (the
 * page already open, as stockRanked's is): its status names the query once the results it
 * drew are that query's.
 */
export async function oursRanked(page: Page, query: string): Promise<string[]> {
  await page.fill('#search-query', query);
  await page.waitForFunction((q) => (document.querySelector('#search-status')?.textContent ?? '').includes(`لـ«${q}»`), query.trim(), {
    timeout: 30_000,
  });
  const hrefs = await page.locator('#search-results :is(h2, h3) a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  return idsOf(hrefs.slice(0, FIRST_PAGE));
}

/**
 * Stock Pagefind's first results, through its JS API as its documentation shows it, in a page
 * of the stock site (`page` already there). Its ranking is Pagefind's own.
 */
export async function stockRanked(page: Page, query: string): Promise<string[]> {
  const hrefs = await page.evaluate(
    async ({ q, n, script }) => {
      const pagefind = (await import(script)) as {
        search: (q: string) => Promise<{ results: { data: () => Promise<{ url: string }> }[] }>;
      };
      const search = await pagefind.search(q);
      return Promise.all(search.results.slice(0, n).map(async (r) => (await r.data()).url));
    },
    { q: query, n: FIRST_PAGE, script: '/pagefind/pagefind.js' },
  );
  return idsOf(hrefs);
}

export interface Scores {
  queries: number;
  /** Share of queries whose passage is in the first ten. */
  recall: number;
  /** Mean reciprocal rank of the passage, counting 0 past the first ten. */
  mrr: number;
}

export interface Answer {
  query: SuiteQuery;
  kind: QueryClass;
  /** 1-based rank of the passage in the first ten, or 0. */
  rank: number;
}

export function scores(answers: readonly Answer[]): Scores {
  const n = answers.length;
  return {
    queries: n,
    recall: n === 0 ? 0 : answers.filter((a) => a.rank > 0).length / n,
    mrr: n === 0 ? 0 : answers.reduce((sum, a) => sum + (a.rank > 0 ? 1 / a.rank : 0), 0) / n,
  };
}

/** Scores for all queries and for each class, typed with care and in a hurry. */
export function scoresByClass(answers: readonly Answer[]): Record<string, Scores> {
  const groups: Record<string, Answer[]> = { all: [...answers] };
  for (const answer of answers) {
    for (const key of [answer.kind, `${answer.kind}, ${answer.query.hurried ? 'hurried' : 'with care'}`]) {
      (groups[key] ??= []).push(answer);
    }
  }
  return Object.fromEntries(Object.entries(groups).map(([key, group]) => [key, scores(group)]));
}

/** Runs every query on one side: `ranked` gives the ids of the first results for a query. */
export async function answerAll(
  queries: readonly SuiteQuery[],
  passages: ReadonlyMap<string, Passage>,
  ranked: (query: string) => Promise<string[]>,
): Promise<Answer[]> {
  const answers: Answer[] = [];
  let last: { query: string; ids: string[] } | undefined;
  for (const query of queries) {
    // The same words twice in a row (two questions about one passage): the page would not search again.
    const ids = last?.query === query.query ? last.ids : await ranked(query.query);
    last = { query: query.query, ids };
    answers.push({ query, kind: classify(query.query, passages.get(query.passage)!), rank: ids.indexOf(query.passage) + 1 });
  }
  return answers;
}
