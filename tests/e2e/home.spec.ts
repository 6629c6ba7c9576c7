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

test('reading pages carry only the preferences: an inline script under 256 bytes and one shared module', async ({ page }) => {
  const shared = new Set<string>();
  for (const path of ['/', '/articles/', '/topics/', '/sources/', `/articles/${seeds[0]!.id}/`]) {
    await page.goto(path);
    const files = page.locator('script[src]');
    await expect(files).toHaveCount(1);
    await expect(files).toHaveAttribute('type', 'module');
    shared.add((await files.getAttribute('src'))!);
    // JSON-LD is data for search engines, never run: only executable scripts count.
    const inline = await page.locator('script:not([src]):not([type="application/ld+json"])').allTextContents();
    expect(inline).toHaveLength(1);
    expect(Buffer.byteLength(inline[0]!, 'utf8')).toBeLessThan(256);
  }
  // One content-hashed file for every page: fetched once, then cached.
  expect([...shared]).toHaveLength(1);
  expect([...shared][0]).toMatch(/^\/_astro\/[^/]+\.[\w-]{8}\.js$/);
});
