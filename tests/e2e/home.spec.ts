import { expect, test } from '@playwright/test';
import { seedArticles, sourceName, topicIds, topicTitle } from './seeds.ts';

const seeds = seedArticles();

test('the home page is Arabic, right to left', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page).toHaveTitle('مرصد الأخبار');
});

test('the home page lists the five seed articles newest first, with outlet and date', async ({ page }) => {
  await page.goto('/');
  const cards = page.locator('section[aria-labelledby="latest"] article');
  await expect(cards.locator('h3')).toHaveText(seeds.map((s) => s.title));
  for (const [i, seed] of seeds.entries()) {
    const card = cards.nth(i);
    await expect(card.locator('h3 a')).toHaveAttribute('href', `/articles/${seed.id}/`);
    await expect(card.locator('.summary')).not.toBeEmpty();
    await expect(card.getByRole('link', { name: sourceName(seed.source) })).toHaveAttribute('href', `/sources/${seed.source}/`);
    await expect(card.locator('time')).toHaveAttribute('datetime', seed.date);
  }
});

test('the home page lists every topic with its article count', async ({ page }) => {
  await page.goto('/');
  const topics = page.locator('section[aria-labelledby="topics"] li');
  await expect(topics).toHaveCount(topicIds().length);
  for (const id of topicIds()) {
    const count = seeds.filter((s) => s.topics.includes(id)).length;
    const row = topics.filter({ has: page.locator(`a[href="/topics/${id}/"]`) });
    await expect(row.locator('a')).toHaveText(topicTitle(id));
    await expect(row.locator('.count')).toHaveText(count === 5 ? '5 مقالات' : /\S/);
  }
});

test('reading requests no script: the only one is inline, under 1 KB', async ({ page }) => {
  for (const path of ['/', '/articles/', '/topics/', '/sources/', `/articles/${seeds[0]!.id}/`]) {
    await page.goto(path);
    await expect(page.locator('script[src]')).toHaveCount(0);
    // JSON-LD is data for search engines, never run: only executable scripts count.
    const inline = await page.locator('script:not([type="application/ld+json"])').allTextContents();
    expect(inline).toHaveLength(1);
    expect(Buffer.byteLength(inline[0]!, 'utf8')).toBeLessThan(1024);
  }
});
