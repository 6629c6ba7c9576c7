import { expect, test } from '@playwright/test';
import { FIXTURE_DIR } from '../../playwright.config.ts';
import { wcagViolations } from '../quality/axe.ts';
import { reachablePaths } from '../quality/sitemap-paths.ts';

// The 25-article site has what the seeds lack: archive pages of listings and a lead photo.
for (const path of reachablePaths(`${FIXTURE_DIR}/dist`)) {
  test(`axe finds no WCAG A/AA violation on ${decodeURI(path)}`, async ({ page }) => {
    await page.goto(path);
    expect(await wcagViolations(page)).toEqual([]);
  });
}
