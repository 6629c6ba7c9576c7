import { expect, test } from '@playwright/test';
import { seedArticles, sourceName } from './seeds.ts';

const seeds = seedArticles();

test('each article shows up to five related articles, other outlets on the same story first, never itself', async ({ page }) => {
  for (const seed of seeds) {
    await page.goto(`/articles/${seed.id}/`);
    const section = page.getByRole('region', { name: 'تغطيات ذات صلة' });
    const links = section.locator('li a');
    const count = await links.count();
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThanOrEqual(5);
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).not.toContain(`/articles/${seed.id}/`);
    // All five seeds tell one story from five outlets: the first related one is another outlet's.
    await expect(section.locator('li').first()).not.toContainText(sourceName(seed.source));
  }
});
