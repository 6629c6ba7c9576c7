import { expect, test } from '@playwright/test';
import { PREFERENCES_MODULE, scriptFiles, weighPage } from '../quality/page-weight.ts';

test('an article with a lead photo still transfers under 100 KB and runs no script file but the preferences’', async ({
  browser,
  baseURL,
}) => {
  const weight = await weighPage(browser, new URL('/articles/kim-praises-russia-alliance-honours-kursk-liberators-1/', baseURL).href);
  expect(
    weight.requests.filter((r) => r.type === 'image' && !r.url.endsWith('.svg')).length,
    'the photo is part of the weight',
  ).toBeGreaterThan(0);
  expect(weight.transferred).toBeLessThan(100 * 1024);
  const files = scriptFiles(weight);
  expect(files).toHaveLength(1);
  expect(files[0]).toMatch(PREFERENCES_MODULE);
});
