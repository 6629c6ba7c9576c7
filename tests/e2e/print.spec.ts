import { expect, test } from '@playwright/test';

test('an article prints cleanly: no site furniture, with its source and its address', async ({ page }) => {
  await page.goto('/articles/north-korean-troops-withdraw-from-kursk/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.site-footer')).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'في هذا المقال' })).toBeHidden();
  await expect(page.locator('.change-log')).toBeHidden();
  await expect(page.locator('h1')).toBeVisible();
  await expect(page.locator('.body')).toBeVisible();
  const line = page.locator('.print-only');
  await expect(line).toBeVisible();
  await expect(line).toContainText('المصدر: مصدر غير مسمّى');
  await expect(line).toContainText('/articles/north-korean-troops-withdraw-from-kursk/');
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.byteLength).toBeGreaterThan(10_000);
});
