import { expect, test } from '@playwright/test';
import { seedArticles, sourceName } from './seeds.ts';

// A claim's permalink, reached as a reader reaches it: from a number in an article's figures box.
const withdrawal = seedArticles().find((a) => a.id === 'north-korean-troops-withdraw-from-kursk')!;
const killed = withdrawal.figures.find((f) => f.metric === 'killed')!;

/** Today as the reader's browser has it, YYYY-MM-DD. */
const todayIn = (page: import('@playwright/test').Page) =>
  page.evaluate(() => {
    const now = new Date();
    return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  });

test('each number in an article links to its permalink, which says what it counts, who says it, in words, and where it was read', async ({
  page,
}) => {
  await page.goto(`/articles/${withdrawal.id}/`);
  const figures = page.locator('.figures tbody tr');
  await expect(figures).toHaveCount(withdrawal.figures.length);
  const link = page.locator('.figures .value a', { hasText: '300' });
  await link.click();
  await expect(page).toHaveURL(/\/claims\/[0-9a-f]{16}\/$/);

  await expect(page.locator('h1')).toContainText(killed.claimant);
  const facts = page.locator('.claim-facts');
  await expect(facts).toContainText('القتلى');
  await expect(facts).toContainText('نحو 300');
  await expect(facts.locator('dt', { hasText: 'بالكلمات' }).locator('+ dd')).toHaveText('ثلاثمئة');
  await expect(facts).toContainText(sourceName(withdrawal.source));

  // The sentence, linked to its place in the article: following it lands on the marked sentence.
  const quoteLink = page.locator('.claim-quote figcaption a');
  await expect(quoteLink).toHaveAttribute('href', new RegExp(`^/articles/${withdrawal.id}/#quote-\\d+$`));
  await expect(page.locator('.claim-quote blockquote')).toContainText('300');
  await quoteLink.click();
  const anchor = new URL(page.url()).hash.slice(1);
  await expect(page.locator(`[id="${anchor}"]`)).toContainText('300');
});

test('a claim’s page lists every report of it, the first marked, and cites it with today’s date in Arabic and English', async ({
  page,
}) => {
  await page.goto(`/articles/${withdrawal.id}/`);
  await page.locator('.figures .value a', { hasText: '300' }).click();
  // The site's own address (SITE_URL) begins it, which the test's server need not share.
  const permalink = new URL(page.url()).pathname;

  const reports = page.locator('.appearances li');
  await expect(reports).toHaveCount(1);
  await expect(reports.first()).toContainText('أول ظهور');
  await expect(reports.first()).toHaveAttribute('aria-current', 'page');

  const today = await todayIn(page);
  const [arabic, english] = [page.locator('.cite-this .citation').first(), page.locator('.cite-this .citation[lang="en"]')];
  await expect(arabic).toContainText(`${sourceName(withdrawal.source)}، «${withdrawal.title}»`);
  await expect(arabic).toContainText(permalink);
  await expect(arabic.locator('[data-today]')).toHaveAttribute('data-date', today);
  await expect(english).toContainText(new RegExp(`https?://[^/]+${permalink} \\(accessed `));
  await expect(english.locator('[data-today]')).toHaveAttribute('data-date', today);
  await expect(english.locator('[data-today]')).not.toContainText('[');
});

test.describe('without scripts', () => {
  test.use({ javaScriptEnabled: false });
  test('the citation asks the reader for the date accessed', async ({ page }) => {
    await page.goto(`/articles/${withdrawal.id}/`);
    await page.locator('.figures .value a', { hasText: '300' }).click();
    await expect(page.locator('.cite-this [data-today="ar"]')).toHaveText('[تاريخ اطلاعك]');
    await expect(page.locator('.cite-this [data-today="en"]')).toHaveText('[date accessed]');
  });
});

test('an article’s structured data has a schema.org Claim for each figure, at its permalink', async ({ page }) => {
  await page.goto(`/articles/${withdrawal.id}/`);
  const items = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!) as Record<string, unknown>[];
  const claims = items.filter((item) => item['@type'] === 'Claim');
  expect(claims).toHaveLength(withdrawal.figures.length);
  const links = await page.locator('.figures .value a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(claims.map((c) => new URL(String(c.url)).pathname)).toEqual(links);
  for (const claim of claims) {
    expect(claim).toMatchObject({
      appearance: { '@type': 'NewsArticle', url: expect.stringContaining(`/articles/${withdrawal.id}/#quote-`) },
      firstAppearance: { '@type': 'NewsArticle' },
      datePublished: `${withdrawal.date}T00:00:00Z`,
    });
  }
});

// The seed articles are committed in this repository, so each figure's history is real: its
// shape is asserted, not a message or hash a later commit would change.
test('a claim’s page shows its figure’s history, oldest entry its addition, and leads to the article’s log', async ({ page }) => {
  await page.goto(`/articles/${withdrawal.id}/`);
  await page.locator('.figures .value a', { hasText: '300' }).click();
  const history = page.locator('.figure-history');
  await expect(history.locator('h2')).toHaveText('تاريخ هذا الرقم');
  expect(
    await history.locator('ol').count(),
    'this site was built without its git history: build it from a full clone (git fetch --unshallow)',
  ).toBe(1);
  const entries = history.locator('li');
  const count = await entries.count();
  expect(count).toBeGreaterThan(0);
  const times: string[] = [];
  for (let i = 0; i < count; i++) {
    await expect(entries.nth(i).locator('time')).toHaveText(/^\d{1,2} \S+ \d{4}$/);
    await expect(entries.nth(i).locator('code')).toHaveText(/^[0-9a-f]{7}$/);
    times.push((await entries.nth(i).locator('time').getAttribute('datetime'))!);
  }
  expect(times).toEqual([...times].sort().reverse());
  await expect(entries.last()).toContainText(/(أُضيف الرقم|الرقم في أقدم نسخة يعرضها السجل): نحو 300/);
  await history.getByRole('link', { name: 'سجل تعديلاته' }).click();
  await expect(page).toHaveURL(new RegExp(`/articles/${withdrawal.id}/#change-log$`));
  await expect(page.locator('#change-log')).toBeAttached();
});
