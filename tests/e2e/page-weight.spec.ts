import { expect, test } from '@playwright/test';
import { weighPage } from '../quality/page-weight.ts';
import { seedArticles } from './seeds.ts';

const BUDGET = 100 * 1024;

for (const seed of seedArticles()) {
  test(`the article ${seed.id} transfers under 100 KB, fonts included, and runs no script file`, async ({ browser, baseURL }) => {
    const weight = await weighPage(browser, new URL(`/articles/${seed.id}/`, baseURL).href);
    expect(weight.requests.filter((r) => r.type === 'font').length, 'the webfont is part of the weight').toBeGreaterThan(0);
    expect(weight.transferred).toBeLessThan(BUDGET);
    expect(weight.requests.filter((r) => r.type === 'script').map((r) => r.url)).toEqual([]);
    for (const bytes of weight.inlineScripts) expect(bytes).toBeLessThan(1024);
  });
}
