import { expect, test } from '@playwright/test';
import { seedArticles, sourceIds, sourceName, topicIds, topicTitle } from './seeds.ts';

const seeds = seedArticles();

for (const id of topicIds()) {
  test(`topic ${id} lists its articles newest first`, async ({ page }) => {
    await page.goto(`/topics/${id}/`);
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.locator('h1')).toHaveText(topicTitle(id));
    const expected = seeds.filter((s) => s.topics.includes(id));
    await expect(page.locator('main article h2 a')).toHaveText(expected.map((s) => s.title));
    await expect(page.getByRole('navigation', { name: 'الصفحات' })).toHaveCount(0);
  });
}

test('a topic page names its parent topic', async ({ page }) => {
  await page.goto('/topics/north-korean-troops-in-russia/');
  await expect(page.locator('.parent a')).toHaveAttribute('href', '/topics/russia-ukraine-war/');
});

for (const id of sourceIds()) {
  test(`source ${id} describes the outlet and lists its articles`, async ({ page }) => {
    await page.goto(`/sources/${id}/`);
    await expect(page.locator('h1')).toHaveText(sourceName(id));
    const expected = seeds.filter((s) => s.source === id);
    await expect(page.locator('main article h3 a')).toHaveText(expected.map((s) => s.title));
  });
}

test('a named outlet shows what it is and where it is based', async ({ page }) => {
  await page.goto('/sources/cnn-arabic/');
  const facts = page.locator('.source-facts');
  await expect(facts).toContainText(/النوع:\s*شبكة إذاعة وتلفزيون/);
  await expect(facts).toContainText(/البلد:\s*الولايات المتحدة/);
  await expect(facts.locator('a[href="https://arabic.cnn.com"]')).toHaveAttribute('rel', 'noopener noreferrer');
});

test('the topics index lists every topic and the sources index every outlet', async ({ page }) => {
  await page.goto('/topics/');
  for (const id of topicIds()) await expect(page.locator(`main a[href="/topics/${id}/"]`)).toHaveText(topicTitle(id));
  await page.goto('/sources/');
  const links = page.locator('main li a');
  await expect(links).toHaveCount(sourceIds().length);
  await expect(links.last()).toHaveAttribute('href', '/sources/unattributed/');
});

test('the archive lists every article newest first', async ({ page }) => {
  await page.goto('/articles/');
  await expect(page.locator('main article h2')).toHaveText(seeds.map((s) => s.title));
});

test('an unknown address answers 404 with an Arabic page', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('h1')).toHaveText('الصفحة غير موجودة');
  await expect(page.getByRole('link', { name: 'العودة إلى الصفحة الرئيسية' })).toHaveAttribute('href', '/');
});

test('a topic’s timeline lists its months, newest first, each a page of its articles', async ({ page }) => {
  await page.goto('/topics/north-korean-troops-in-russia/');
  await page.getByRole('link', { name: 'عرضها على خط زمني شهرًا بعد شهر' }).click();
  await expect(page).toHaveURL('/topics/north-korean-troops-in-russia/timeline/');
  const inTopic = seeds.filter((s) => s.topics.includes('north-korean-troops-in-russia'));
  const months = await page.locator('.timeline ul li time').evaluateAll((els) => els.map((el) => el.getAttribute('datetime')!));
  expect(months).toEqual([...new Set(inTopic.map((s) => s.date.slice(0, 7)))]);
  // Every month's page lists its articles, newest first, and links the months beside it.
  const titles: string[] = [];
  for (const [i, month] of months.entries()) {
    await page.goto(`/topics/north-korean-troops-in-russia/timeline/${month}/`);
    titles.push(...(await page.locator('.articles li a').allTextContents()));
    await expect(page.locator('a[rel="prev"]')).toHaveCount(i === 0 ? 0 : 1);
    await expect(page.locator('a[rel="next"]')).toHaveCount(i === months.length - 1 ? 0 : 1);
  }
  expect(titles).toEqual(inTopic.map((s) => s.title));
});
