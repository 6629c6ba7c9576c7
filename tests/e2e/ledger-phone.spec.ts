/**
 * The ledger on a 390-px phone, in both themes: the chart is drawn for the width (its labels
 * at 12 px or more as rendered, not the wide drawing's 7 px), and the claims are short blocks
 * that fit the column instead of a table scrolling sideways with rows 200–370 px tall.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { wcagViolations } from '../quality/axe.ts';

const TOPIC = '/topics/north-korean-troops-in-russia/';
// A claim's block: the number, who says it, its date and outlet, and the article's headline in
// one or two lines: about 130–160 px at 390 px, against 209–373 px as a six-column table row.
const MOST_PER_CLAIM = 170;

/** The smallest text of a section's visible chart, in CSS pixels as drawn. */
async function smallestLabel(section: Locator): Promise<number> {
  return section.locator('svg.chart').evaluateAll((charts) => {
    const shown = charts.filter((chart) => getComputedStyle(chart).display !== 'none');
    if (shown.length !== 1) throw new Error(`${shown.length} drawings shown`);
    const svg = shown[0] as SVGSVGElement;
    const scale = svg.getScreenCTM()!.a;
    return Math.min(...[...svg.querySelectorAll('text')].map((text) => parseFloat(getComputedStyle(text).fontSize) * scale));
  });
}

async function metrics(page: Page): Promise<Locator[]> {
  await page.goto(TOPIC);
  const sections = await page.locator('section.ledger section.metric').all();
  expect(sections.length).toBeGreaterThan(1);
  return sections;
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`on a 390-px phone, ${colorScheme} theme`, () => {
    test.use({ viewport: { width: 390, height: 844 }, colorScheme });

    test('each chart is drawn for the width: its labels render at 12 px or more', async ({ page }) => {
      for (const section of await metrics(page)) {
        // Sections are laid out as they come near the screen (content-visibility).
        await section.scrollIntoViewIfNeeded();
        expect(await smallestLabel(section)).toBeGreaterThanOrEqual(12);
        const [chart] = await section
          .locator('svg.chart')
          .evaluateAll((charts) => charts.filter((c) => getComputedStyle(c).display !== 'none').map((c) => c.getAttribute('class')));
        expect(chart).toBe('chart narrow');
      }
    });

    test('the claims are short blocks in the column, no table scrolling sideways', async ({ page }) => {
      let claims = 0;
      for (const section of await metrics(page)) {
        await section.scrollIntoViewIfNeeded();
        const table = section.locator('table.claims');
        const rows = await table.locator('tbody tr').count();
        claims += rows;
        const box = (await table.boundingBox())!;
        expect(box.width).toBeLessThanOrEqual(390);
        // The caption's line or two, then the claims.
        expect(box.height).toBeLessThanOrEqual(rows * MOST_PER_CLAIM + 60);
        const scroller = section.locator('.table-scroll');
        expect(await scroller.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
        // Each block says who claims the number and who carried it, in words a reader sees.
        const before = (cell: string) =>
          table
            .locator(`tbody tr td.${cell}`)
            .first()
            .evaluate((td) => getComputedStyle(td, '::before').content);
        expect(await before('claimant')).toContain('بحسب');
        expect(await before('source')).toContain('المصدر:');
      }
      expect(claims).toBeGreaterThan(5);
      // A relayed claim's block says its chain after its claimant, inside the column.
      const chain = page.locator('section.ledger table.claims td.claimant .relay-chain').first();
      await chain.scrollIntoViewIfNeeded();
      await expect(chain).toBeVisible();
      await expect(chain).toContainText('رويترز');
      const box = (await chain.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(390);
    });

    test('axe finds no WCAG A/AA violation in the phone layout', async ({ page }) => {
      for (const section of await metrics(page)) await section.scrollIntoViewIfNeeded();
      expect(await wcagViolations(page)).toEqual([]);
    });
  });
}

test('on a wide screen the chart is the wide drawing at its own size, and the claims a table', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  for (const section of await metrics(page)) {
    await section.scrollIntoViewIfNeeded();
    expect(await smallestLabel(section)).toBeGreaterThanOrEqual(12);
    await expect(section.locator('svg.chart.wide')).toBeVisible();
    await expect(section.locator('svg.chart.narrow')).toBeHidden();
    await expect(section.locator('table.claims thead')).toBeVisible();
    expect(
      await section
        .locator('table.claims tbody tr')
        .first()
        .evaluate((row) => getComputedStyle(row).display),
    ).toBe('table-row');
  }
});

test('on a phone the claims are still a table to a screen reader, each claim a row of cells', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const [section] = await metrics(page);
  await section!.scrollIntoViewIfNeeded();
  // The browser's own accessibility tree (not Playwright's reading of the markup): laid out
  // as blocks, the table must keep its roles.
  const client = await page.context().newCDPSession(page);
  const { root } = (await client.send('DOM.getDocument')) as { root: { nodeId: number } };
  const roleOf = async (selector: string) => {
    const { nodeId } = (await client.send('DOM.querySelector', { nodeId: root.nodeId, selector })) as { nodeId: number };
    const { nodes } = (await client.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false })) as {
      nodes: { role?: { value: string } }[];
    };
    return nodes[0]?.role?.value;
  };
  const table = 'section.ledger section.metric table.claims';
  expect(
    await page
      .locator(table)
      .first()
      .evaluate((el) => getComputedStyle(el).display),
  ).toBe('block');
  expect(await roleOf(table)).toBe('table');
  expect(await roleOf(`${table} tbody tr`)).toBe('row');
  expect(await roleOf(`${table} tbody td.claimant`)).toBe('cell');
  expect(await roleOf(`${table} thead th`)).toBe('columnheader');
});
