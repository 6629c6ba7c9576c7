import { expect, test } from '@playwright/test';
import { entityName, seedArticles, sourceName, topicTitle } from './seeds.ts';

const seeds = seedArticles();
const arabicDate = (iso: string) =>
  new Intl.DateTimeFormat('ar-u-nu-latn', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${iso}T00:00:00Z`),
  );

for (const [index, seed] of seeds.entries()) {
  test.describe(`article ${seed.id}`, () => {
    test.beforeEach(async ({ page }) => {
      await page.goto(`/articles/${seed.id}/`);
    });

    test('is Arabic, right to left, under its headline', async ({ page }) => {
      await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
      await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
      await expect(page.locator('h1')).toHaveText(seed.title);
      await expect(page).toHaveTitle(`${seed.title} | مرصد الأخبار`);
      await expect(page.locator('.lede')).not.toBeEmpty();
    });

    test('names its outlet, linked to the outlet’s page, and its date in Arabic', async ({ page }) => {
      const meta = page.locator('.article-meta');
      await expect(meta.getByRole('link', { name: sourceName(seed.source) })).toHaveAttribute('href', `/sources/${seed.source}/`);
      await expect(meta.locator('time').first()).toHaveAttribute('datetime', seed.date);
      // Both month names (Egyptian/Gulf and Levantine), the weekday, and the Hijri date.
      const [day, month, year] = arabicDate(seed.date).split(' ');
      await expect(meta.locator('time').first()).toContainText(new RegExp(`^\\S+ ${day} ${month}/\\S+( \\S+)? ${year}$`));
      await expect(meta.locator('.hijri')).toHaveText(/^\(\d{1,2} .+ \d{4} هـ\)$/);
      await expect(meta).toContainText(/مدة القراءة:\s*(دقيقة واحدة|دقيقتان|\d+ دقائق|\d+ دقيقة)/);
    });

    test('says whether it is a translation', async ({ page }) => {
      const note = page.locator('.translated');
      if (seed.translatedFrom === 'en') await expect(note).toHaveText('مترجم عن الإنجليزية');
      else await expect(note).toHaveCount(0);
    });

    test('lists its topics, main topic first, each linked', async ({ page }) => {
      const links = page.getByRole('navigation', { name: 'مواضيع المقال' }).getByRole('link');
      await expect(links).toHaveText(seed.topics.map(topicTitle));
      for (const [i, id] of seed.topics.entries()) await expect(links.nth(i)).toHaveAttribute('href', `/topics/${id}/`);
    });

    test('lists every figure with its claimant', async ({ page }) => {
      const box = page.locator('aside.figures');
      await expect(box.locator('h2')).toHaveText('الأرقام في هذا المقال');
      const rows = box.locator('tbody tr');
      await expect(rows).toHaveCount(seed.figures.length);
      for (const [i, figure] of seed.figures.entries()) {
        // Columns: what is counted (row header), the number, the claimant, the link to the sentence.
        // A relayed figure's claimant is followed by its chain: its relays, then the outlet.
        const claimant = rows.nth(i).locator('td').nth(1);
        const chain = figure.via ? [...figure.via.map(entityName), sourceName(seed.source)] : [];
        await expect(claimant.locator('.relay-chain bdi')).toHaveText(chain);
        expect((await claimant.evaluate((td) => td.firstChild!.textContent))!.trim()).toBe(figure.claimant);
        await expect(rows.nth(i).locator('.value')).toContainText(new Intl.NumberFormat('en').format(figure.value));
      }
    });

    test('gives every section heading an id, and the contents link to them', async ({ page }) => {
      const headings = page.locator('.body h2');
      const count = await headings.count();
      for (let i = 0; i < count; i++) await expect(headings.nth(i)).toHaveAttribute('id', /\S/);
      const toc = page.getByRole('navigation', { name: 'في هذا المقال' });
      if (count < 2) {
        await expect(toc).toHaveCount(0);
        return;
      }
      const links = toc.getByRole('link');
      await expect(links).toHaveCount(count);
      for (let i = 0; i < count; i++) {
        const id = await headings.nth(i).getAttribute('id');
        await expect(links.nth(i)).toHaveAttribute('href', `#${id}`);
      }
      await links.last().click();
      await expect(headings.last()).toBeInViewport();
    });

    test('links to the previous and next article of its main topic', async ({ page }) => {
      const sameTopic = seeds.filter((s) => s.topics.includes(seed.topics[0]!));
      const at = sameTopic.findIndex((s) => s.id === seed.id);
      const nav = page.getByRole('navigation', { name: `مقالات أخرى في: ${topicTitle(seed.topics[0]!)}` });
      const newer = sameTopic[at - 1];
      const older = sameTopic[at + 1];
      if (newer) await expect(nav.locator('a[rel="next"]')).toHaveAttribute('href', `/articles/${newer.id}/`);
      else await expect(nav.locator('a[rel="next"]')).toHaveCount(0);
      if (older) await expect(nav.locator('a[rel="prev"]')).toHaveAttribute('href', `/articles/${older.id}/`);
      else await expect(nav.locator('a[rel="prev"]')).toHaveCount(0);
    });

    // The seed articles are committed in this repository, so their log is real: its structure
    // is asserted, not a message or hash that a later commit would change.
    test('shows when this site last changed it, and its change log, newest first', async ({ page }) => {
      const unavailable = page.locator('p.change-log');
      expect(
        await unavailable.count(),
        'this site was built without its git history: build it from a full clone (git fetch --unshallow)',
      ).toBe(0);
      const log = page.locator('details.change-log');
      await expect(log.locator('summary')).toHaveText(/^سجل التعديلات \((تعديل واحد|تعديلان|\d+ تعديلات|\d+ تعديلًا|\d+ تعديل)\)$/);
      const entries = log.locator('li');
      await expect(entries.first()).toBeHidden();
      await log.locator('summary').click();
      await expect(entries.first()).toBeVisible();
      const count = await entries.count();
      expect(count).toBeGreaterThan(0);
      const times: string[] = [];
      for (let i = 0; i < count; i++) {
        const time = entries.nth(i).locator('time');
        await expect(time).toHaveText(/^\d{1,2} \S+ \d{4}$/);
        times.push((await time.getAttribute('datetime'))!);
        await expect(entries.nth(i).locator('bdi.subject')).toHaveText(/\S/);
        await expect(entries.nth(i).locator('code')).toHaveText(/^[0-9a-f]{7}$/);
      }
      expect(times).toEqual([...times].sort().reverse());
      // «آخر تعديل لهذه الصفحة» is the newest commit's day, and leads to the log.
      const meta = page.locator('.article-meta');
      await expect(meta).toContainText('آخر تعديل لهذه الصفحة:');
      const lastChanged = meta.locator('a[href="#change-log"] time');
      await expect(lastChanged).toHaveAttribute('datetime', times[0]!.slice(0, 10));
      await expect(lastChanged).toHaveText((await entries.first().locator('time').textContent())!);
    });

    test('is read whole without JavaScript', async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(`/articles/${seed.id}/`);
      await expect(page.locator('h1')).toHaveText(seed.title);
      const lastParagraph = seed.body.trim().split('\n\n').at(-1)!;
      await expect(page.locator('.body')).toContainText(lastParagraph.slice(0, 40));
      await context.close();
    });

    if (index === 0) {
      test('requests nothing from another host, and draws Arabic in its own webfont', async ({ page, baseURL }) => {
        const requests: string[] = [];
        page.on('request', (request) => requests.push(request.url()));
        await page.goto(`/articles/${seed.id}/`, { waitUntil: 'networkidle' });
        expect(requests.filter((url) => !url.startsWith(baseURL!))).toEqual([]);
        const loaded = await page.evaluate(async () => {
          await document.fonts.ready;
          return [...document.fonts].filter((f) => f.family.includes('Noto Naskh Arabic') && f.status === 'loaded').length;
        });
        expect(loaded).toBeGreaterThan(0);
        expect(requests.some((url) => /noto-naskh-arabic-400\.[^/]*\.woff2$/.test(url))).toBe(true);
      });
    }
  });
}

test('an article’s meta line names its outlet’s kind of ownership in a few words', async ({ page }) => {
  const expected: Record<string, string> = {
    'al-jazeera-english': '(وسيلة مملوكة للدولة)',
    'cnn-arabic': '(وسيلة خاصة)',
    'fox-news': '(وسيلة خاصة)',
    'step-news-agency': '(وسيلة مجهولة الملكية)',
  };
  for (const seed of seeds) {
    await page.goto(`/articles/${seed.id}/`);
    const ownership = page.locator('.article-meta .ownership');
    if (seed.source === 'unattributed') await expect(ownership).toHaveCount(0);
    else await expect(ownership).toHaveText(expected[seed.source]!);
  }
});

test('an article whose text names no outlet says so', async ({ page }) => {
  const unattributed = seeds.find((s) => s.source === 'unattributed')!;
  await page.goto(`/articles/${unattributed.id}/`);
  await expect(page.locator('.article-meta')).toContainText('لا يذكر النص الجهة التي نشرته');
});
