import { expect, test } from '@playwright/test';
import { wcagViolations } from '../quality/axe.ts';
import { reachablePaths } from '../quality/sitemap-paths.ts';

// Every page in the sitemap, the search page with results and the 404 page, in both colour
// schemes: each theme has its own contrasts to get right.
for (const scheme of ['light', 'dark'] as const) {
  for (const path of reachablePaths('dist')) {
    test(`axe finds no WCAG A/AA violation on ${decodeURI(path)} (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      if (path.startsWith('/search/')) await expect(page.locator('#search-results li').first()).toBeVisible();
      expect(await wcagViolations(page)).toEqual([]);
    });
  }
}
