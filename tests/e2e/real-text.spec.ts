/**
 * The real-text recall suite (tests/fixtures/real-text/): Arabic Wikipedia passages built as
 * our site, searched by typing readers' queries into its search page, against stock Pagefind on
 * the same pages (`npm run build:recall-sites` builds both). Every third query of the suite, so
 * that `npm test` stays within its time; `npm run bench:search` answers all of them.
 */
import { expect, test } from '@playwright/test';
import { REAL_TEXT_DIR } from '../../scripts/build/recall-sites.ts';
import { readPassages, readSuiteQueries, type SuiteQuery } from '../../scripts/real-text/corpus.ts';
import { measureRealText, realTextTable } from '../../scripts/real-text/measure.ts';
import { classify } from '../../scripts/real-text/recall.ts';
import { missedByClass, realTextClassKind } from '../../scripts/real-text/targets.ts';

const passages = new Map(readPassages().map((p) => [p.id, p]));
/** Every third query typed with care and every third typed in a hurry, so the sample keeps the suite's mix. */
function everyThird(queries: readonly SuiteQuery[]): SuiteQuery[] {
  const seen = { true: 0, false: 0 };
  return queries.filter((q) => seen[`${q.hurried}`]++ % 3 === 0);
}

const sample = everyThird(readSuiteQueries());

// One test per class, so the two run at once on the two workers.
for (const kind of ['as written', 'other forms'] as const) {
  const queries = sample.filter((q) => classify(q.query, passages.get(q.passage)!) === kind);

  test(`real-text recall: ${queries.length} queries whose words appear ${kind === 'as written' ? 'as written' : 'in other forms'}`, async ({
    browser,
  }) => {
    // Each query is typed and waited for on both sides: about half a second each.
    test.setTimeout(30_000 + queries.length * 2_000);
    const result = await measureRealText(browser, REAL_TEXT_DIR, queries);
    test.info().annotations.push({ type: 'recall', description: realTextTable(result) });
    console.log(`real-text suite, ${kind}:\n${realTextTable(result)}\nfound by stock only: ${result.oursMissed.join('; ') || 'none'}`);
    expect(missedByClass(result.ours, result.stock, realTextClassKind), result.oursMissed.join('\n')).toEqual([]);
  });
}
