import { expect, test } from '@playwright/test';
import { landmarkViolations, wcagViolations } from '../quality/axe.ts';
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

// Every page has the header's search; the search page has its own as well, named apart.
for (const path of ['/', '/articles/north-korean-troops-clear-mines-in-kursk/', `/search/?q=${encodeURIComponent('كورسك')}`]) {
  test(`each landmark of ${decodeURI(path)} is unique by role and name`, async ({ page }) => {
    await page.goto(path);
    expect(await landmarkViolations(page)).toEqual([]);
    const searches = await page
      .getByRole('search')
      .evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? el.getAttribute('aria-labelledby')));
    expect(new Set(searches).size).toBe(searches.length);
  });
}
