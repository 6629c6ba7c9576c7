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

test('a named outlet shows what it is, and its profile with each fact’s source', async ({ page }) => {
  await page.goto('/sources/cnn-arabic/');
  const facts = page.locator('.source-facts');
  await expect(facts).toContainText(/النوع:\s*شبكة إذاعة وتلفزيون/);
  await expect(facts.locator('a[href="https://arabic.cnn.com"]')).toHaveAttribute('rel', 'noopener noreferrer');
  const profile = page.getByRole('region', { name: 'من يملكها ومن يموّلها' });
  const fact = (name: string) => profile.locator('dt', { hasText: name }).locator('+ dd');
  await expect(fact('المالك')).toContainText('شبكة سي إن إن');
  await expect(fact('نوع الملكية')).toContainText('خاصة');
  await expect(fact('التمويل')).toHaveText('غير معروف (لم نجد صفحة عامة تذكره)');
  await expect(fact('بلد المقر')).toContainText('الإمارات العربية المتحدة');
  // Each known fact links to the public page that states it, as its file cites it.
  await expect(fact('المالك').getByRole('link', { name: /^المصدر: arabic\.cnn\.com/ })).toHaveAttribute(
    'href',
    'https://arabic.cnn.com/amphtml/middle-east/article/2022/01/19/press-release-cnnarabic-anniversary',
  );
  await expect(fact('نوع الملكية').getByRole('link', { name: /^المصدر: ajc\.com/ })).toHaveAttribute('rel', 'noopener noreferrer');
  await expect(fact('التمويل').getByRole('link')).toHaveCount(0);
});

test('an outlet whose facts no public page states says they are unknown; the unattributed entry has no profile', async ({ page }) => {
  await page.goto('/sources/step-news-agency/');
  const profile = page.getByRole('region', { name: 'من يملكها ومن يموّلها' });
  await expect(profile.locator('dd')).toHaveText(Array(4).fill('غير معروف (لم نجد صفحة عامة تذكره)'));
  await expect(profile.getByRole('link')).toHaveCount(0);
  await page.goto('/sources/unattributed/');
  await expect(page.locator('.source-profile')).toHaveCount(0);
});

test('a topic shows who covers it, by kind of ownership and by country, and what kind of outlet did not', async ({ page }) => {
  await page.goto('/topics/russia-ukraine-war/');
  const coverage = page.getByRole('region', { name: 'من يغطي هذا الموضوع؟' });
  await expect(coverage.locator('.gaps li')).toHaveText([
    'لم تغطه أي وسيلة إعلام خدمة عامة',
    'لم تغطه أي وسيلة تابعة لجهة سياسية أو حكومية',
  ]);
  const rows = async (caption: string) =>
    (await coverage.getByRole('table', { name: caption }).locator('tbody tr').allInnerTexts()).map((row) =>
      row.replace(/\s+/g, ' ').trim(),
    );
  expect(await rows('حسب نوع ملكية الوسيلة')).toEqual([
    'مملوكة للدولة 1',
    'خدمة عامة 0',
    'خاصة 2',
    'تابعة لجهة سياسية أو حكومية 0',
    'الملكية غير معروفة 1',
    'مصدر غير مسمّى 1',
  ]);
  expect(await rows('حسب بلد مقر الوسيلة')).toEqual([
    'الإمارات العربية المتحدة 1',
    'قطر 1',
    'الولايات المتحدة 1',
    'بلد المقر غير معروف 1',
    'مصدر غير مسمّى 1',
  ]);
  // The bars are drawings of the tables, hidden from screen readers: one segment per row with articles.
  const bars = coverage.locator('svg.bar');
  await expect(bars).toHaveCount(2);
  for (const bar of await bars.all()) await expect(bar).toHaveAttribute('aria-hidden', 'true');
  await expect(bars.first().locator('rect')).toHaveCount(4);
  await expect(bars.last().locator('rect')).toHaveCount(5);
  // The first row is drawn where a right-to-left reader starts: at the bar's right end.
  const [bar, first] = [await bars.first().boundingBox(), await bars.first().locator('rect').first().boundingBox()];
  expect(Math.abs(bar!.x + bar!.width - (first!.x + first!.width))).toBeLessThan(2);
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
