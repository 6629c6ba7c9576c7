import { expect, test, type Page } from '@playwright/test';
import { ARTICLE_IDS, EXACT_QUERIES, HELD_OUT, QUERIES, RECALL_TARGET, type QueryClass } from './search-queries.ts';

/** The article ids the search page lists for a query, typed into its URL as a reader shares it. */
async function found(page: Page, query: string): Promise<Set<string>> {
  await page.goto(`/search/?q=${encodeURIComponent(query)}`);
  await expect(page.locator('#search-status')).toHaveText(/لـ«|لا نتائج/);
  const hrefs = await page.locator('#search-results h2 a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
  return new Set(hrefs.map((href) => href.split('/')[2]!));
}

const SUITES = [
  ['suite', QUERIES],
  ['held out', HELD_OUT],
] as const;

for (const [suite, classes] of SUITES) {
  for (const [name, queries] of Object.entries(classes) as [QueryClass, (typeof QUERIES)[QueryClass]][]) {
    test(`search recall, ${suite}: ${name} (target ${RECALL_TARGET[name] * 100}%)`, async ({ page }) => {
      // One cold page load and search per query, one after another: the time allowed grows
      // with the number of queries (the largest class took 27 s of the default 30 on a busy machine).
      test.setTimeout(15_000 + queries.length * 5_000);
      let wanted = 0;
      let hit = 0;
      const misses: string[] = [];
      for (const [query, expected, why] of queries) {
        const ids = await found(page, query);
        for (const letter of expected) {
          wanted++;
          if (ids.has(ARTICLE_IDS[letter as keyof typeof ARTICLE_IDS])) hit++;
          else misses.push(`«${query}» (${why}) missed ${letter}`);
        }
      }
      const recall = hit / wanted;
      // Misses are reported even when the class reaches its target, so none goes unnoticed.
      test.info().annotations.push({
        type: 'recall',
        description: `${name}: ${(recall * 100).toFixed(0)}% (${hit}/${wanted})${misses.length ? `; ${misses.join('; ')}` : ''}`,
      });
      if (misses.length > 0) console.log(`search recall, ${suite}, ${name}: ${misses.join('; ')}`);
      expect(recall, misses.join('\n')).toBeGreaterThanOrEqual(RECALL_TARGET[name]);
    });
  }
}

test('no false friends: these queries find exactly the articles that contain what was asked', async ({ page }) => {
  const wrong: string[] = [];
  for (const [query, expected, why] of EXACT_QUERIES) {
    const ids = [...(await found(page, query))].sort();
    const want = [...expected].map((letter) => ARTICLE_IDS[letter as keyof typeof ARTICLE_IDS]).sort();
    if (ids.join() !== want.join()) wrong.push(`«${query}» (${why}): found ${ids.join(', ') || 'nothing'}`);
  }
  expect(wrong, wrong.join('\n')).toEqual([]);
});

test('excerpts show the article’s spelling, never the normalized form', async ({ page }) => {
  await page.goto(`/search/?q=${encodeURIComponent('بيونج يانج')}`);
  const marks = page.locator('#search-results mark');
  await expect(marks.first()).toBeVisible();
  const texts = await page.locator('#search-results .excerpt').allTextContents();
  for (const text of texts) expect(text).not.toContain('⁂');
  expect(await marks.allTextContents()).toEqual(expect.arrayContaining(['بيونغ', 'يانغ']));
});
