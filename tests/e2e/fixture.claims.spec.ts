import { expect, test } from '@playwright/test';

// The 25-article site repeats each seed article five times: each claim is reported five times.
test('a claim reported by several articles lists them all, oldest first, the first one marked once', async ({ page }) => {
  await page.goto('/articles/');
  await page.locator('main a[href^="/articles/north-korean-troops-withdraw-from-kursk"]').first().click();
  await page.locator('.figures .value a', { hasText: '300' }).click();
  const reports = page.locator('.appearances li');
  const count = await reports.count();
  expect(count).toBeGreaterThan(1);
  await expect(page.locator('.appearances li', { hasText: 'أول ظهور' })).toHaveCount(1);
  await expect(reports.first()).toContainText('أول ظهور');
  await expect(page.locator('.appearances li[aria-current="page"]')).toHaveCount(1);
  const dates = await reports.locator('time').evaluateAll((times) => times.map((t) => t.getAttribute('datetime')!));
  expect(dates).toEqual([...dates].sort());
  // Every other report links to its own permalink.
  await expect(page.locator('.appearances li:not([aria-current]) a.tag')).toHaveCount(count - 1);
});
