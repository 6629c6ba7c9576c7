import { expect, test } from '@playwright/test';

// In a right-to-left line, what is read first stands further right. These check positions
// on screen, so they fail if Latin words or numbers are drawn out of order.
test.describe('Latin words and numbers inside Arabic text', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/articles/north-korean-troops-clear-mines-in-kursk/');
  });

  test('are isolated, so the full stop after "Uran-6" ends the sentence on its left', async ({ page }) => {
    const boxes = await page.evaluate(() => {
      const bdis = [...document.querySelectorAll('.body bdi')];
      const uran = bdis.find((b) => b.textContent === 'Uran-6')!;
      const stalker = bdis.find((b) => b.textContent === 'Stalker')!;
      const dot = document.createRange();
      dot.setStart(uran.nextSibling!, 0);
      dot.setEnd(uran.nextSibling!, 1);
      return {
        dotText: dot.toString(),
        dot: dot.getBoundingClientRect().toJSON(),
        uran: uran.getBoundingClientRect().toJSON(),
        stalker: stalker.getBoundingClientRect().toJSON(),
      };
    });
    expect(boxes.dotText).toBe('.');
    expect(boxes.dot.right).toBeLessThanOrEqual(boxes.uran.left + 1);
    if (Math.abs(boxes.stalker.top - boxes.uran.top) < 5) {
      expect(boxes.stalker.left).toBeGreaterThan(boxes.uran.right);
    }
  });

  test('keep multi-word names in their own order', async ({ page }) => {
    const bdi = page.locator('.body bdi', { hasText: 'East to West News' });
    await expect(bdi).toHaveAttribute('dir', 'ltr');
    const [east, news] = await bdi.evaluate((el) => {
      const text = el.firstChild!;
      const range = (start: number, end: number) => {
        const r = document.createRange();
        r.setStart(text, start);
        r.setEnd(text, end);
        return r.getBoundingClientRect().left;
      };
      return [range(0, 4), range(13, 17)];
    });
    expect(east).toBeLessThan(news!);
  });

  test('write numbers left to right with their separators', async ({ page }) => {
    const [first, last] = await page.evaluate(() => {
      const walker = document.createTreeWalker(document.querySelector('.body')!, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf('14,000');
        if (at === -1) continue;
        const box = (i: number) => {
          const r = document.createRange();
          r.setStart(node!, at + i);
          r.setEnd(node!, at + i + 1);
          return r.getBoundingClientRect().left;
        };
        return [box(0), box(5)];
      }
      return [0, 0];
    });
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThan(last!);
  });
});
