import { expect, test, type Locator } from '@playwright/test';
import { entityName, seedArticles, sourceName } from './seeds.ts';

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
    'id',
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
    'via',
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
    // The same cells; a list of ids (topics, via), an array in JSON, is its ids separated by spaces in CSV.
    const cell = (value: unknown) => (value === null ? '' : Array.isArray(value) ? value.join(' ') : String(value));
    csvRows.forEach((row, i) => {
      expect(row).toEqual(header!.map((column) => cell(rows[i]![column])));
    });
    json.push(...rows);
  }
  expect(json).toHaveLength(totalFigures);
  // Each figure's relays, as its article names them, in order; [] when it names none.
  const relays = seeds.flatMap((s) => s.figures.map((f) => f.via ?? []));
  expect(json.map((row) => row.via).sort()).toEqual(relays.sort());
  expect(relays.flat()).toContain('reuters');
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

// The seed figures the text says Reuters relayed: «ذكرت مصادر … لوكالة رويترز».
const relayedSeed = seeds.find((s) => s.figures.some((f) => f.via?.length))!;
const relayed = relayedSeed.figures.find((f) => f.via?.length)!;
const chainNames = [relayed.claimant, ...relayed.via!.map(entityName), sourceName(relayedSeed.source)];

/**
 * Whether a cell lays out its claimant and relay chain in reading order, right to left and top
 * to bottom when it wraps: the claimant, then each arrow and name. Returns the texts in order.
 */
async function chainInReadingOrder(cell: Locator): Promise<string[]> {
  return cell.evaluate((td) => {
    const chain = td.querySelector('.relay-chain')!;
    const claimant = document.createRange();
    claimant.setStartBefore(td.firstChild!);
    claimant.setEndBefore(chain);
    const parts: [string, DOMRect][] = [[claimant.toString().trim(), [...claimant.getClientRects()].at(-1)!]];
    for (const el of chain.querySelectorAll('.arrow, bdi')) parts.push([el.textContent!.trim(), el.getBoundingClientRect()]);
    for (let i = 1; i < parts.length; i++) {
      const [, a] = parts[i - 1]!;
      const [text, b] = parts[i]!;
      const nextLine = b.top >= a.bottom - 2;
      const leftOnSameLine = Math.abs(b.top - a.top) < 4 && b.right <= a.left + 1;
      if (!nextLine && !leftOnSameLine) throw new Error(`«${text}» is not after «${parts[i - 1]![0]}» in a right-to-left reading`);
    }
    return parts.map(([text]) => text);
  });
}

test('a relayed figure shows its chain, claimant ← relay ← outlet, read right to left and spoken with «عبر»', async ({ page }) => {
  await page.goto(`/articles/${relayedSeed.id}/`);
  const row = page.locator('aside.figures tbody tr', { hasText: relayed.claimant }).first();
  const cell = row.locator('td', { has: page.locator('.relay-chain') });
  expect(await chainInReadingOrder(cell)).toEqual([chainNames[0], '←', chainNames[1], '←', chainNames[2]]);
  // A screen reader hears no arrow, but «عبر» between the names.
  expect(await cell.ariaSnapshot()).toContain(`${chainNames[0]} عبر ${chainNames[1]} عبر ${chainNames[2]}`);
  expect(await cell.ariaSnapshot()).not.toContain('←');
  // A figure its article names no relay for shows its claimant alone.
  const plain = relayedSeed.figures.find((f) => !f.via)!;
  await expect(page.locator('aside.figures tbody tr', { hasText: plain.claimant }).first().locator('.relay-chain')).toHaveCount(0);
});

test('the ledger shows the chain in its table, on a wide screen and in a phone’s blocks', async ({ page }) => {
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/topics/north-korean-troops-in-russia/');
    const chains = page.locator('section.ledger table.claims td.claimant .relay-chain');
    await expect(chains).toHaveCount(seeds.flatMap((s) => s.figures).filter((f) => f.via?.length).length);
    const cell = page.locator('section.ledger table.claims td.claimant:has(.relay-chain)').first();
    await cell.scrollIntoViewIfNeeded();
    expect(await chainInReadingOrder(cell)).toEqual([chainNames[0], '←', chainNames[1], '←', chainNames[2]]);
  }
});

test('each metric of the ledger has a chart of its own: its points are its own table’s claims', async ({ page }) => {
  await page.goto('/topics/north-korean-troops-in-russia/');
  for (const section of await page.locator('section.ledger section.metric').all()) {
    const rows = await section.locator('table.claims tbody tr').count();
    await expect(section.locator('figure.ledger-chart')).toHaveCount(1);
    await expect(section.locator('svg.chart.wide g.point')).toHaveCount(rows);
  }
});

test('each metric says the range of its current claims, who makes each and as of when', async ({ page }) => {
  await page.goto('/topics/north-korean-troops-in-russia/');
  const range = (id: string) => page.locator(`section.metric[aria-labelledby="ledger-${id}-heading"] .range-line`);
  // Troops sent: the National Intelligence Service's 1,500 (its only count of troops sent) to the 14,000 Reuters relayed.
  await expect(range('troops-sent')).toHaveText(
    /^المدى: أدنى الأرقام الحالية 1,500 جندي بحسب جهاز المخابرات الوطنية في كوريا الجنوبية \(في 18 أكتوبر 2024\)، وأعلاها نحو 14,000 جندي بحسب مصادر من كوريا الجنوبية وأوكرانيا والغرب \(في 14 نوفمبر 2025\) — من أحدث رقم لكل جهة \(6 جهات\)\.$/,
  );
  await expect(range('troops-sent').locator('a[href="/claimants/nis/"]')).toHaveCount(1);
  await expect(range('troops-sent').locator('a.figure').first()).toHaveAttribute(
    'href',
    /^\/articles\/north-korean-troops-filmed-receiving-russian-uniforms\/#quote-/,
  );
  // One claimant alone: said in one line.
  await expect(range('engineers-sent')).toHaveText(/^المدى: رقم حالي واحد، 6,000 مهندس بحسب .*كيريلو بودانوف \(في 14 نوفمبر 2025\)\.$/);
  await expect(page.locator('section.ledger .intro')).toContainText('الرقم الحالي لكل جهة هو أحدث رقم قدّمته لهذا المقياس');
});

test('the ledger says which of its metrics count different things, linking their definitions', async ({ page }) => {
  await page.goto('/topics/north-korean-troops-in-russia/');
  const notes = page.locator('section.ledger .related-metrics');
  await expect(notes).toContainText(
    'أرقام «الخسائر البشرية» مجموع «القتلى» و«الجرحى» معًا، فهي تعدّ غير ما تعدّه أرقام كلٍّ منهما ولا تُقارن بها.',
  );
  await expect(notes).toContainText('أرقام «الجنود المتوقَّع إرسالهم» توقّعات لما سيأتي، لا عدٌّ لما حدث كأرقام «الجنود المرسلون»');
  const hrefs = await notes.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(hrefs.sort()).toEqual(
    ['casualties', 'killed', 'wounded', 'troops-planned', 'troops-sent'].map((id) => `/figures/#metric-${id}`).sort(),
  );
  await notes.locator('a', { hasText: '«القتلى»' }).click();
  await expect(page).toHaveURL(/\/figures\/#metric-killed$/);
  const definition = page.locator('#metric-killed');
  await expect(definition).toBeInViewport();
  await expect(definition).toContainText('الجنود الذين قُتلوا');
  await expect(page.locator('#metric-casualties')).toContainText('هو مجموع «القتلى» و«الجرحى»');
});
