import { expect, test } from '@playwright/test';
import { PREFERENCES_MODULE, scriptFiles, weighPage } from '../quality/page-weight.ts';
import { seedArticles } from './seeds.ts';

const BUDGET = 100 * 1024;

for (const seed of seedArticles()) {
  test(`the article ${seed.id} transfers under 100 KB, fonts included, and runs no script file but the preferences'`, async ({
    browser,
    baseURL,
  }) => {
    const weight = await weighPage(browser, new URL(`/articles/${seed.id}/`, baseURL).href);
    expect(weight.requests.filter((r) => r.type === 'font').length, 'the webfont is part of the weight').toBeGreaterThan(0);
    expect(weight.transferred).toBeLessThan(BUDGET);
    // The preference buttons' shared module (src/scripts/preferences.ts), the same on every page.
    const files = scriptFiles(weight);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(PREFERENCES_MODULE);
    for (const bytes of weight.inlineScripts) expect(bytes).toBeLessThan(256);
  });
}

test('every kind of page links the same one stylesheet and carries no style of its own', async ({ page }) => {
  const sheets = new Set<string>();
  for (const path of ['/', `/articles/${seedArticles()[0]!.id}/`, '/topics/', '/sources/', '/search/', '/no-such-page/']) {
    await page.goto(path);
    const links = await page.locator('link[rel="stylesheet"]').evaluateAll((els) => els.map((el) => (el as HTMLLinkElement).href));
    expect(links, `${path} links one stylesheet`).toHaveLength(1);
    sheets.add(links[0]!);
    // Inline styles would be copied into every page, and the Content-Security-Policy refuses them.
    expect(await page.locator('style, [style]').count(), `${path} has no inline style`).toBe(0);
    // The inline script after the stylesheet holds the parser until the styles are in, so the
    // page is laid out once, styled; before it, Chromium laid pages out twice (Base.astro).
    const order = await page.evaluate(() => {
      const all = [...document.querySelectorAll('link[rel="stylesheet"], script:not([src]):not([type])')];
      return all.map((el) => el.localName);
    });
    expect(order, `${path}: the stylesheet comes before the inline script`).toEqual(['link', 'script']);
  }
  expect([...sheets], 'one stylesheet, shared by every page and cached after the first').toHaveLength(1);
  expect([...sheets][0]).toMatch(/\/_astro\/[^/]+\.[\w-]{8}\.css$/);
});
