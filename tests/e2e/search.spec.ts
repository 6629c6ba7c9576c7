import { expect, test } from '@playwright/test';
import { PREFERENCES_MODULE } from '../quality/page-weight.ts';
import { seedArticles } from './seeds.ts';

const seeds = seedArticles();
const results = (page: import('@playwright/test').Page) => page.locator('#search-results li');

test('every page has a search box that is a plain GET form to /search/', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`/articles/${seeds[0]!.id}/`);
  const form = page.getByRole('search');
  await expect(form).toHaveAttribute('action', '/search/');
  await expect(form).toHaveAttribute('method', 'get');
  await form.getByRole('searchbox').fill('كورسك');
  await form.getByRole('button', { name: 'بحث' }).click();
  await expect(page).toHaveURL(/\/search\/\?q=%D9%83%D9%88%D8%B1%D8%B3%D9%83$/);
  await context.close();
});

test('a shared search URL shows its results with headline, outlet, date and a marked excerpt', async ({ page }) => {
  await page.goto(`/search/?q=${encodeURIComponent('زيلينسكي')}`);
  await expect(page.locator('#search-status')).toHaveText('مقالان لـ«زيلينسكي»');
  await expect(results(page)).toHaveCount(2);
  const first = results(page).first();
  await expect(first.locator('h2 a')).not.toBeEmpty();
  await expect(first.locator('.result-meta')).toContainText(/·\s*\d{1,2} \S+ \d{4}/);
  // The full name is one entity: the first name is marked with the surname.
  await expect(first.locator('.excerpt mark').filter({ hasText: 'زيلينسكي' })).toHaveCount(1);
});

test('typing searches as the reader types and keeps the URL in step', async ({ page }) => {
  await page.goto('/search/');
  const box = page.getByLabel('ما الذي تبحث عنه؟');
  await box.pressSequentially('بودانوف', { delay: 30 });
  await expect(results(page)).toHaveCount(1);
  await expect(page).toHaveURL(`/search/?q=${encodeURIComponent('بودانوف')}`);
  await expect(box).toBeFocused();
});

test('filters narrow the results and are part of the URL', async ({ page }) => {
  await page.goto(`/search/?q=${encodeURIComponent('كوريا')}`);
  await expect(results(page)).toHaveCount(5);
  await page.getByText('تصفية النتائج حسب الموضوع والمصدر والسنة').click();
  await page.getByRole('group', { name: 'السنة' }).getByLabel('2024').check();
  await expect(results(page)).toHaveCount(1);
  await expect(page).toHaveURL(/year=2024/);
  await page.reload();
  // A shared link with filters opens the panel with them applied.
  await expect(page.getByRole('group', { name: 'السنة' }).getByLabel('2024')).toBeChecked();
  await expect(results(page)).toHaveCount(1);
});

test('the newest-first order follows publication dates', async ({ page }) => {
  await page.goto(`/search/?q=${encodeURIComponent('كوريا')}&sort=newest`);
  await expect(results(page)).toHaveCount(5);
  const dates = await results(page)
    .locator('time')
    .evaluateAll((times) => times.map((t) => t.getAttribute('datetime')!));
  expect(dates).toEqual(seeds.map((s) => s.date));
});

test('a search that finds nothing says so', async ({ page }) => {
  await page.goto(`/search/?q=${encodeURIComponent('زرافة')}`);
  await expect(page.locator('#search-status')).toContainText('لا نتائج لـ«زرافة»');
  await expect(results(page)).toHaveCount(0);
});

test('a query no article holds whole shows the articles that hold part of it, under its own heading', async ({ page }) => {
  await page.goto(`/search/?q=${encodeURIComponent('بودانوف زرافة')}`);
  await expect(page.locator('#search-status')).toContainText('لا مقال يحوي كل كلمات «بودانوف زرافة»');
  await expect(page.getByRole('heading', { name: 'نتائج تطابق بعض كلماتك' })).toBeVisible();
  await expect(results(page)).toHaveCount(1);
  await expect(results(page).first().locator('mark').first()).toHaveText('بودانوف');
  await expect(results(page).first().locator('.result-missing')).toHaveText('لا يحوي: «زرافة»');
  // The URL keeps the query as typed; a query found whole has no such heading.
  await expect(page).toHaveURL(`/search/?${new URLSearchParams({ q: 'بودانوف زرافة' })}`);
  await page.locator('#search-query').fill('بودانوف');
  await expect(page.locator('#search-status')).toHaveText(/لـ«بودانوف»$/);
  await expect(page.locator('#search-partial')).toBeHidden();
});

test('a result opens the article scrolled to the matched words', async ({ page }) => {
  await page.goto(`/search/?q=${encodeURIComponent('بودانوف')}`);
  const link = results(page).first().locator('h2 a');
  await expect(link).toHaveAttribute('href', /#:~:text=/);
  await link.click();
  await expect(page).toHaveURL(/\/articles\/north-korean-troops-clear-mines-in-kursk\//);
  await expect(page.locator('.body p', { hasText: 'بودانوف' })).toBeInViewport();
});

test('only the search page loads a script beyond the shared preferences module', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await page.goto(`/articles/${seeds[0]!.id}/`);
  await page.goto('/');
  // The preferences' buttons and digits, the same file on both pages (cached after the first).
  expect(new Set(scripts).size).toBe(1);
  expect(scripts[0]).toMatch(PREFERENCES_MODULE);
  scripts.length = 0;
  await page.goto(`/search/?q=${encodeURIComponent('كورسك')}`);
  await expect(results(page).first()).toBeVisible();
  expect(scripts.some((path) => path.startsWith('/pagefind/'))).toBe(true);
});

test('the index is loaded and searched in a worker, off the page’s main thread', async ({ page, request }) => {
  await page.goto(`/search/?q=${encodeURIComponent('كورسك')}`);
  await expect(results(page).first()).toBeVisible();
  // A worker's fetches are in its own timeline, not the page's: the page fetched no part of the index.
  const fetched = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname));
  expect(fetched.filter((path) => path.startsWith('/pagefind/'))).toEqual([]);
  // Chromium's first NumberFormat or DateTimeFormat sets ICU up, 60–120 ms of main thread:
  // dates come written from the build, counts are grouped by hand (plural.ts).
  const scripts = await page.locator('script[src]').evaluateAll((els) => els.map((el) => (el as HTMLScriptElement).src));
  const code = await Promise.all(scripts.map(async (src) => (await request.get(src)).text()));
  // The search page's own script and the preferences module every page has.
  expect(code).toHaveLength(2);
  expect(code.filter((text) => text.includes('new Worker'))).toHaveLength(1);
  for (const text of code) expect(text).not.toMatch(/Intl\.(NumberFormat|DateTimeFormat)|toLocale(Date|Time)?String/);
});
