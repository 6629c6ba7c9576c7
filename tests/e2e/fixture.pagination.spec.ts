import { expect, test } from '@playwright/test';

// Runs against the site built from 25 generated articles (npm run build:fixture): all of them
// in the main topic, one day apart, the newest carrying a picture, an original URL and an update.
const TOPIC = '/topics/north-korean-troops-in-russia/';

async function listedDates(page: import('@playwright/test').Page) {
  return page.locator('main article time').evaluateAll((times) => times.map((t) => t.getAttribute('datetime')!));
}

test('a topic with 25 articles shows the newest 20 first and the oldest 20 on archive page 1', async ({ page }) => {
  await page.goto(TOPIC);
  await expect(page.locator('main article')).toHaveCount(20);
  await expect(page.locator('.count')).toContainText('25 مقالًا');
  const pages = page.getByRole('navigation', { name: 'الصفحات' });
  await expect(pages.locator('a[aria-current="page"]')).toHaveText('الأحدث');
  await expect(pages.locator('a[rel="prev"]')).toHaveCount(0);
  const firstPageDates = await listedDates(page);
  expect(firstPageDates).toEqual([...firstPageDates].sort().reverse());

  // Archive pages are numbered from the oldest: page 1 holds the oldest 20, for good.
  await pages.locator('a[rel="next"]').click();
  await expect(page).toHaveURL(`${TOPIC}1/`);
  await expect(page.locator('main article')).toHaveCount(20);
  await expect(page.locator('h1')).toContainText('الصفحة 1');
  // No total on an archive page: it would change the page with every new article.
  await expect(page.locator('.count')).not.toContainText('25 مقالًا');
  await expect(page.locator('.count')).toContainText(/مقالات من .+ إلى .+/);
  await expect(pages.locator('a[aria-current="page"]')).toContainText('1');
  await expect(pages.locator('a[rel="next"]')).toHaveCount(0);
  const archiveDates = await listedDates(page);
  expect(archiveDates).toEqual([...archiveDates].sort().reverse());
  // Between them, the two pages show all 25 (the 15 in the middle on both).
  expect(new Set([...firstPageDates, ...archiveDates]).size).toBe(25);
  expect(archiveDates.at(-1)! < firstPageDates.at(-1)!).toBe(true);

  await pages.getByRole('link', { name: 'الأحدث' }).click();
  await expect(page).toHaveURL(TOPIC);
});

test('the newer neighbour of the newest archive page opens the first page until it is full', async ({ page }) => {
  await page.goto(`${TOPIC}1/`);
  await page.getByRole('navigation', { name: 'الصفحات' }).locator('a[rel="prev"]').click();
  // /2/ is the page being filled (5 of 20): it sends the reader to the first page, which shows them.
  await expect(page).toHaveURL(TOPIC);
  await expect(page.locator('main article')).toHaveCount(20);
});

test('an old link to the last page of the numbering from the newest lands on a real page', async ({ page }) => {
  // /2/ held the oldest 5 articles when pages were numbered from the newest.
  await page.goto(`${TOPIC}2/`);
  await expect(page).toHaveURL(TOPIC);
  await expect(page.locator('h1')).toBeVisible();
});

test('there is no page past the one being filled', async ({ page }) => {
  const response = await page.goto(`${TOPIC}3/`);
  expect(response?.status()).toBe(404);
});

test('the home page shows the newest 20 and links to older articles', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('section[aria-labelledby="latest"] article')).toHaveCount(20);
  await page.getByRole('link', { name: 'مقالات أقدم' }).click();
  await expect(page).toHaveURL('/articles/1/');
  await expect(page.locator('main article')).toHaveCount(20);
});

test('an article with a picture shows it with its text alternative, caption and credit', async ({ page }) => {
  await page.goto('/');
  await page.locator('section[aria-labelledby="latest"] article h3 a').first().click();
  const figure = page.locator('figure.picture');
  await expect(figure.locator('img')).toHaveAttribute('alt', 'شريطان أحمر وبيجي يمثلان صورة تجريبية');
  await expect(figure.locator('img')).toHaveJSProperty('complete', true);
  expect(await figure.locator('img').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  await expect(figure.locator('figcaption')).toContainText('صورة تجريبية لاختبار عرض الصور');
  await expect(figure.locator('figcaption')).toContainText('الصورة: فريق الموقع');
});

test('an article links to its original, marked as external, and shows when it was updated', async ({ page }) => {
  await page.goto('/');
  await page.locator('section[aria-labelledby="latest"] article h3 a').first().click();
  const original = page.getByRole('link', { name: /اقرأ المقال في موقعه الأصلي/ });
  await expect(original).toHaveAttribute('href', 'https://example.com/original-article');
  await expect(original).toHaveAttribute('rel', 'noopener noreferrer');
  await expect(original).toContainText('(رابط إلى موقع خارجي)');
  await expect(page.locator('.article-meta')).toContainText(/آخر تحديث:\s*2 يناير 2026/);
});

test('search draws ten results first and loads more on request, moving focus to them', async ({ page }) => {
  await page.goto(`/search/?q=${encodeURIComponent('كوريا')}`);
  const results = page.locator('#search-results li');
  // A word in all 25 articles: before it answers, the page loads Pagefind and checks every
  // result's words in its fragment (25 fetches). On a busy two-core runner that took more than
  // the 5 s default once; the answer, not its speed, is what this test is about.
  await expect(page.locator('#search-status')).toHaveText('25 مقالًا لـ«كوريا»', { timeout: 15_000 });
  await expect(results).toHaveCount(10);
  const more = page.getByRole('button', { name: 'المزيد من النتائج' });
  await more.click();
  await expect(results).toHaveCount(20);
  await expect(results.nth(10).locator('h2 a')).toBeFocused();
  await more.click();
  await expect(results).toHaveCount(25);
  await expect(more).toBeHidden();
});

test('the ledger joins one claimant’s figures over time into one line', async ({ page }) => {
  // The generated articles repeat the seeds' claims on later dates: each claimant has a series.
  await page.goto('/topics/north-korean-troops-in-russia/');
  const troops = page.locator('section.metric', { has: page.locator('h3', { hasText: 'الجنود المرسلون' }) });
  const lines = troops.locator('svg.chart polyline.revision');
  expect(await lines.count()).toBeGreaterThan(0);
  const points = (await lines.first().getAttribute('points'))!.trim().split(/\s+/);
  expect(points.length).toBeGreaterThan(1);
  await expect(troops.locator('.series-legend li').first()).toContainText('يصل بينها خط');
});

test('an article with an original URL says it is based on it, for search engines', async ({ page }) => {
  await page.goto('/');
  await page.locator('section[aria-labelledby="latest"] article h3 a').first().click();
  // The article's NewsArticle comes first, its figures' Claims after it.
  const [data] = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!) as Record<string, unknown>[];
  expect(data!['@type']).toBe('NewsArticle');
  expect(data!.isBasedOn).toBe('https://example.com/original-article');
  expect(data!.dateModified).toBe('2026-01-02T00:00:00Z');
});
