import { expect, test } from '@playwright/test';
import { seedArticles } from './seeds.ts';

const seeds = seedArticles();
const totalFigures = seeds.reduce((sum, s) => sum + s.figures.length, 0);

/** A small RFC 4180 reader, enough to check our own export. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else if (c !== '\r') field += c;
  }
  return rows;
}

test('each figure in the article box links to its quoted sentence, which scrolls into view marked', async ({ page }) => {
  const seed = seeds.find((s) => s.id === 'north-korean-troops-clear-mines-in-kursk')!;
  await page.goto(`/articles/${seed.id}/`);
  const links = page.locator('aside.figures a.to-quote');
  await expect(links).toHaveCount(seed.figures.length);
  await links.nth(2).click();
  await expect(page).toHaveURL(/#quote-2$/);
  const sentence = page.locator('#quote-2');
  await expect(sentence).toBeInViewport();
  await expect(sentence).toContainText('بودانوف');
  expect(await sentence.evaluate((el) => el.matches(':target'))).toBe(true);
});

test('the main topic’s ledger lists every figure of the seed articles, with a chart per metric', async ({ page }) => {
  await page.goto('/topics/north-korean-troops-in-russia/');
  const rows = page.locator('section.ledger table.claims tbody tr');
  await expect(rows).toHaveCount(totalFigures);
  const metrics = new Set(seeds.flatMap((s) => s.figures.map((f) => f.metric)));
  await expect(page.locator('section.ledger section.metric')).toHaveCount(metrics.size);
  for (const claimant of new Set(seeds.flatMap((s) => s.figures.map((f) => f.claimant)))) {
    await expect(rows.filter({ hasText: claimant }).first()).toBeVisible();
  }
});

test('each chart is an accessible image described by its table', async ({ page }) => {
  await page.goto('/topics/north-korean-troops-in-russia/');
  const charts = page.locator('svg.chart[role="img"]');
  expect(await charts.count()).toBeGreaterThan(0);
  for (const chart of await charts.all()) {
    const [title, desc, table] = (await chart.getAttribute('aria-labelledby'))!
      .split(' ')
      .concat((await chart.getAttribute('aria-describedby'))!);
    await expect(page.locator(`[id="${title}"]`)).not.toBeEmpty();
    await expect(page.locator(`[id="${desc}"]`)).toContainText('الجدول التالي يعرض الأرقام نفسها');
    await expect(page.locator(`table[id="${table}"]`)).toHaveCount(1);
  }
});

interface OpenDataIndex {
  columns: string[];
  topic?: string;
  months: { month: string; figures: number; json: string; csv: string }[];
}

test('the open data parses, has the documented columns, and matches the pages', async ({ page, request }) => {
  const index = (await (await request.get('/figures.json')).json()) as OpenDataIndex;
  const columns = [
    'article',
    'title',
    'source',
    'topics',
    'date',
    'metric',
    'value',
    'valueMax',
    'qualifier',
    'claimant',
    'claimantId',
    'asOf',
    'quote',
  ];
  expect(index.columns).toEqual(columns);
  expect(index.months.map((m) => m.month)).toEqual([...index.months.map((m) => m.month)].sort().reverse());
  const json: Record<string, unknown>[] = [];
  for (const month of index.months) {
    const rows = (await (await request.get(month.json)).json()) as Record<string, unknown>[];
    expect(rows, month.json).toHaveLength(month.figures);
    // A month's file holds the figures of the articles published in that month.
    for (const row of rows) expect(String(row.date).slice(0, 7)).toBe(month.month);
    const [header, ...csvRows] = parseCsv((await (await request.get(month.csv)).text()).replace(/^\uFEFF/, ''));
    expect(header).toEqual(columns);
    expect(csvRows).toHaveLength(rows.length);
    // The same cells; a topic list, an array in JSON, is its ids separated by spaces in CSV.
    const cell = (value: unknown) => (value === null ? '' : Array.isArray(value) ? value.join(' ') : String(value));
    csvRows.forEach((row, i) => {
      expect(row).toEqual(header!.map((column) => cell(rows[i]![column])));
    });
    json.push(...rows);
  }
  expect(json).toHaveLength(totalFigures);
  // A topic's index points into the site's month files, counting the rows that name the topic.
  const id = 'north-korean-troops-in-russia';
  const topic = (await (await request.get(`/topics/${id}/figures.json`)).json()) as OpenDataIndex;
  expect(topic.topic).toBe(id);
  for (const month of topic.months) {
    expect(index.months.map((m) => m.json)).toContain(month.json);
    const rows = (await (await request.get(month.json)).json()) as { topics: string[] }[];
    expect(rows.filter((row) => row.topics.includes(id))).toHaveLength(month.figures);
  }
  expect(topic.months.reduce((sum, m) => sum + m.figures, 0)).toBe(json.filter((row) => (row.topics as string[]).includes(id)).length);
  const first = json[0]!;
  await page.goto(String(first.article));
  await expect(page.locator('aside.figures tbody')).toContainText(new Intl.NumberFormat('en').format(Number(first.value)));
});

test('the topic page links its open data, a page with a JSON and a CSV file for each month', async ({ page }) => {
  await page.goto('/topics/north-korean-troops-in-russia/');
  await page.locator('.ledger .intro a').click();
  await expect(page).toHaveURL(/\/topics\/north-korean-troops-in-russia\/figures\/$/);
  // The files are the site's: the page names the id to look for in their topics column.
  await expect(page.locator('code', { hasText: /^north-korean-troops-in-russia$/ })).toHaveCount(1);
  const rows = page.locator('tbody tr');
  expect(await rows.count()).toBeGreaterThan(0);
  for (const row of await rows.all()) {
    await expect(row.locator('a[href$=".json"]')).toHaveCount(1);
    await expect(row.locator('a[href$=".csv"]')).toHaveCount(1);
  }
});

test('a claimant page lists every figure the claimant gave, in time order', async ({ page }) => {
  const given = seeds.flatMap((s) => s.figures.filter((f) => (f as { claimantId?: string }).claimantId === 'nis'));
  await page.goto('/claimants/nis/');
  await expect(page.locator('h1')).toContainText('جهاز المخابرات الوطنية');
  const times = page.locator('table.claims tbody time');
  await expect(times).toHaveCount(given.length);
  const dates = await times.evaluateAll((els) => els.map((el) => el.getAttribute('datetime')!));
  expect(dates).toEqual([...dates].sort());
});
