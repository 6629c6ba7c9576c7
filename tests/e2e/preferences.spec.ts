import { expect, test } from '@playwright/test';

const ARTICLE = '/articles/north-korean-troops-clear-mines-in-kursk/';

test('no page breaks its Content-Security-Policy, search with its WebAssembly included', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content.Security.Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  for (const path of ['/', ARTICLE, '/topics/north-korean-troops-in-russia/', `/search/?q=${encodeURIComponent('كورسك')}`]) {
    await page.goto(path);
    expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).not.toMatch(
      /script-src[^;]*unsafe-inline/,
    );
  }
  await expect(page.locator('#search-results li').first()).toBeVisible();
  expect(violations).toEqual([]);
});

test('a reader can switch to the dark theme, and it is remembered', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(ARTICLE);
  const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  const light = await background();
  await page.getByRole('button', { name: 'الألوان: فاتح / داكن' }).click();
  await page.waitForLoadState('load');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await background()).not.toBe(light);
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('a reader can choose Arabic-Indic digits; Latin words and machine values keep theirs', async ({ page }) => {
  await page.goto(ARTICLE);
  await expect(page.locator('.body')).toContainText('14,000');
  await page.getByRole('button', { name: 'الأرقام: 123 / ١٢٣' }).click();
  await page.waitForLoadState('load');
  await expect(page.locator('.body')).toContainText('١٤,٠٠٠');
  await expect(page.locator('.body bdi', { hasText: 'Uran-6' })).toHaveCount(1);
  await expect(page.locator('.article-meta time').first()).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
  await page.goto('/');
  await expect(page.locator('main')).toContainText('٢٠٢٥');
});

test('without JavaScript the page is complete and the preference buttons do not show', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(ARTICLE);
  await expect(page.getByRole('button', { name: 'الألوان: فاتح / داكن' })).toBeHidden();
  await expect(page.locator('.body')).toContainText('14,000');
  await context.close();
});

test('the digits button keeps showing both choices after switching', async ({ page }) => {
  await page.goto(ARTICLE);
  await page.getByRole('button', { name: 'الأرقام: 123 / ١٢٣' }).click();
  await page.waitForLoadState('load');
  await expect(page.getByRole('button', { name: 'الأرقام: 123 / ١٢٣' })).toBeVisible();
});

test('no page of any kind requests anything from another host', async ({ page, baseURL }) => {
  const elsewhere: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(baseURL!) && !url.startsWith('data:')) elsewhere.push(url);
  });
  const pages = [
    '/',
    ARTICLE,
    '/articles/',
    '/topics/',
    '/topics/north-korean-troops-in-russia/',
    '/topics/north-korean-troops-in-russia/timeline/',
    '/sources/',
    '/sources/cnn-arabic/',
    '/claimants/nis/',
    `/search/?q=${encodeURIComponent('كورسك')}`,
    '/no-such-page/',
  ];
  for (const path of pages) await page.goto(path, { waitUntil: 'networkidle' });
  expect(elsewhere).toEqual([]);
});
