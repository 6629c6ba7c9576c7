/**
 * The editors' web app at /admin/ (Decap CMS), the way an editor opens it with `npm run cms`:
 * decap-server in its git mode against a throwaway clone of this repository, the built site
 * serving /admin/.
 *
 * At each step an editor's guide shows, a screenshot: into test-results/, or into docs/editors/
 * when UPDATE_EDITORS_SCREENSHOTS=1 (`npm run screenshots:editors`), so a test run never
 * changes the repository.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect as baseExpect, test, type Locator, type Page } from '@playwright/test';
import { portOf, serveFolder } from '../../scripts/bench/static-server.ts';
import { gatherReport } from '../../scripts/pr-report/gather.ts';
import { checkContent } from '../../src/lib/check/content.ts';
import { formatProblem } from '../../src/lib/check/problem.ts';
import { reportMarkdown } from '../../src/lib/pr-report/markdown.ts';

// decap-server listens where the app looks for it (src/lib/cms/config.ts): one at a time.
// A 6.7-MB app driven through whole screens, beside the rest of the suite on two workers: on a
// loaded machine a step takes several seconds (the first test once took 29.8 s of its 30).
test.describe.configure({ mode: 'serial', timeout: 120_000 });
const expect = baseExpect.configure({ timeout: 15_000 });
// The editors' guide's screen size (docs/editors/README.md).
test.use({ viewport: { width: 1280, height: 800 } });

const UPDATE_SCREENSHOTS = process.env.UPDATE_EDITORS_SCREENSHOTS === '1';

/** A step of the editors' guide, as the editor sees it: docs/editors/<name>.png when asked for. */
async function screenshot(page: Page, name: string) {
  const path = UPDATE_SCREENSHOTS ? `docs/editors/${name}.png` : `test-results/editors-app-${name}.png`;
  // Decap's loading bar (a canvas along the top) gone: the same picture each run.
  await expect(page.locator('body > canvas')).toBeHidden();
  // Animations run: fast-forwarding them would end a message's countdown and close it.
  await page.screenshot({ path, caret: 'hide' });
}

/** Whether two boxes on the screen share any area. */
async function overlap(a: Locator, b: Locator): Promise<boolean | 'not on the screen'> {
  const [x, y] = [await a.boundingBox(), await b.boundingBox()];
  if (!x || !y) return 'not on the screen';
  return x.x < y.x + y.width && y.x < x.x + x.width && x.y < y.y + y.height && y.y < x.y + x.height;
}

/** Decap draws a collection's list more than once as it loads: asked again until laid out, an overlap that stays fails. */
const apart = (a: Locator, b: Locator) => expect.poll(() => overlap(a, b), { timeout: 10_000 }).toBe(false);

let server: ChildProcess;
let clone: string;

test.beforeAll(async () => {
  clone = mkdtempSync(join(tmpdir(), 'cms-repo-'));
  execFileSync('git', ['clone', '--quiet', '--no-hardlinks', resolve('.'), clone]);
  // The app saves against main (src/lib/cms/config.ts); CI may have checked out another branch, or none.
  execFileSync('git', ['-C', clone, 'checkout', '--quiet', '-B', 'main']);
  // decap-server commits as the repository's user: a machine may have none configured.
  execFileSync('git', ['-C', clone, 'config', 'user.name', 'محرر الاختبار']);
  execFileSync('git', ['-C', clone, 'config', 'user.email', 'editor@example.com']);
  // Another decap-server (an editor's `npm run cms`) would take this test's saves into its own repository.
  if (await answers(DECAP_SERVER_INFO, 0.1)) throw new Error('port 8081 is taken, probably by npm run cms: stop it and run the test again');
  server = spawn(process.execPath, [resolve('node_modules/decap-server/dist/index.js')], {
    env: { ...process.env, MODE: 'git', GIT_REPO_DIRECTORY: clone, PORT: '8081', BIND_HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
    stdio: 'ignore',
  });
  if (!(await answers(DECAP_SERVER_INFO))) throw new Error('decap-server did not start on port 8081');
});

/** What the app asks decap-server first: whether it is there. */
const DECAP_SERVER_INFO = () =>
  fetch('http://127.0.0.1:8081/api/v1', {
    method: 'POST',
    body: JSON.stringify({ action: 'info' }),
    headers: { 'Content-Type': 'application/json' },
  });

/** Whether `request` answers within `seconds` (it is asked every tenth of a second). */
async function answers(request: () => Promise<Response>, seconds = 10): Promise<boolean> {
  for (let i = 0; i < seconds * 10; i++) {
    try {
      if ((await request()).ok) return true;
    } catch {
      // not yet listening
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  return false;
}

test.afterAll(() => {
  server?.kill('SIGTERM');
  if (clone) rmSync(clone, { recursive: true, force: true });
});

test('opens in Arabic, right to left, and lists the collections after logging in to the local repository', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  // A failed request is reported by its address (the console says only that something failed).
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`${response.status()} ${response.url()}`);
  });
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) errors.push(message.text());
  });
  await page.goto('/admin/');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await screenshot(page, '01-login');
  await page.getByRole('button', { name: 'تسجيل الدخول' }).click();
  for (const name of ['المقالات', 'المصادر', 'المواضيع', 'المقاييس', 'الجهات']) {
    await expect(page.getByRole('link', { name }).first()).toBeVisible();
  }
  // Each collection's heading and entries beside the menu of collections, not under it
  // (Decap leaves room on the left, where the menu is not in RTL: src/admin/rtl.css).
  const sidebar = page.locator('aside').filter({ hasText: 'المجموعات' });
  for (const collection of ['articles', 'sources', 'topics', 'metrics', 'entities']) {
    await page.goto(`/admin/#/collections/${collection}`);
    const entries = page.locator(`a[href*="/collections/${collection}/entries/"]`);
    await expect(entries.first()).toBeVisible();
    await apart(page.locator('main').getByRole('heading').first(), sidebar);
    for (const entry of (await entries.all()).slice(0, 5)) await apart(entry, sidebar);
    // Nothing wider than the screen: the page never scrolls sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
    if (collection === 'articles') await screenshot(page, '02-articles');
  }
  expect(errors).toEqual([]);
});

test('is the only page with its scripts and policy, and no crawler is sent to it', async ({ page, request }) => {
  const admin = await (await request.get('/admin/')).text();
  expect(admin).toContain('<meta name="robots" content="noindex, nofollow">');
  expect(admin).toMatch(/Content-Security-Policy" content="[^"]*style-src 'self' 'unsafe-inline'/);
  expect(await (await request.get('/robots.txt')).text()).toContain('Disallow: /admin/');
  // A reader's page: its strict policy, and nothing of the app.
  await page.goto('/');
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("style-src 'self';");
  expect(await page.locator('script[src*="/admin/"]').count()).toBe(0);
  expect(await (await request.get('/sitemap-0.xml')).text()).not.toContain('/admin/');
});

/** Logs in to the local repository, opens a new article's form and fills in what every article has. */
async function newArticle(page: Page, article: { slug: string; title: string; summary: string; date: string }) {
  await page.goto('/admin/#/collections/articles/new');
  await page.getByRole('button', { name: 'تسجيل الدخول' }).click();
  for (const [field, value] of Object.entries(article)) await page.locator(`[id^="${field}-field"]`).fill(value);
  await choose(page, 'source', 'CNN');
  await choose(page, 'topics', 'القوات');
  // Arabic typed right to left; numbers, dates and the file name left to right (src/admin/rtl.css).
  const direction = (field: string) => page.locator(`[id^="${field}-field"]`).evaluate((input) => getComputedStyle(input).direction);
  expect([await direction('title'), await direction('summary'), await direction('date'), await direction('slug')]).toEqual([
    'rtl',
    'rtl',
    'ltr',
    'ltr',
  ]);
  // The preview's buttons are over the preview, not over the form's first label.
  expect(await overlap(page.locator('[class*="-ViewControls"]'), page.locator('label[for^="slug-field"]'))).toBe(false);
  // The file name is asked for, not optional; a field that is optional says so.
  await expect(page.locator('label[for^="slug-field"]').getByText('(اختياري)')).toBeHidden();
  await expect(page.locator('label[for^="updated-field"]').getByText('(اختياري)')).toBeVisible();
}

/** A relation or select: typed into, and the first match chosen. */
async function choose(page: Page, field: string, text: string) {
  const input = page.locator(`[id^="${field}-field"]`).last();
  await input.fill(text);
  await expect(page.getByRole('option').first()).toBeVisible();
  await page.keyboard.press('Enter');
}

const git = (...args: string[]) => execFileSync('git', ['-C', clone, ...args], { encoding: 'utf8' });

test('an article written in Arabic with two figures becomes one new MDX file on its own branch, and passes the check', async ({ page }) => {
  test.setTimeout(180_000);
  const mainBefore = git('rev-parse', 'main');
  await newArticle(page, {
    slug: 'editor-adds-an-article',
    title: 'الاستخبارات الكورية الجنوبية: مقتل 300 جندي كوري شمالي في كورسك',
    summary: 'قالت الاستخبارات الكورية الجنوبية إن نحو 300 جندي كوري شمالي قتلوا وأصيب 2700 آخرون.',
    date: '2025-02-03',
  });
  const figures = [
    ['القتلى', '300', 'قتل نحو 300 جندي'],
    ['الجرحى', '2700', 'أصيب 2700 آخرون'],
  ];
  for (const [metric, value, quote] of figures) {
    await page.getByRole('button', { name: 'إضافة رقم' }).click();
    await choose(page, 'metric', metric!);
    await page.locator('[id^="value-field"]').last().fill(value!);
    await page.locator('[id^="claimant-field"]').last().fill('الاستخبارات الكورية الجنوبية');
    await page.locator('[id^="quote-field"]').last().fill(quote!);
  }
  expect(
    await page
      .locator('[id^="value-field"]')
      .last()
      .evaluate((input) => getComputedStyle(input).direction),
  ).toBe('ltr');
  await page.locator('[contenteditable="true"]').last().click();
  await page.keyboard.type(
    'قالت الاستخبارات الكورية الجنوبية إنه قتل نحو 300 جندي كوري شمالي و أصيب 2700 آخرون في كورسك، بحسب تقدير {أولي}.',
  );
  // The preview beside the form: the figures box as the article page shows it, each metric by
  // its name and unit from content/metrics/ (killed.yaml: القتلى, قتيل), not its file name.
  const preview = page.locator('iframe').first().contentFrame();
  await expect(preview.getByRole('heading', { name: 'الأرقام في هذا المقال' })).toBeVisible();
  await expect(preview.getByRole('rowheader', { name: 'القتلى' })).toBeVisible();
  await expect(preview.getByRole('row', { name: /الجرحى\s+2,700 جريح/ })).toBeVisible();
  await expect(preview.getByText('killed')).toHaveCount(0);
  await page.locator('[id^="title-field"]').scrollIntoViewIfNeeded();
  await screenshot(page, '03-new-article-with-preview');
  await page.locator('[id^="metric-field"]').first().scrollIntoViewIfNeeded();
  await screenshot(page, '04-figures');
  await page.getByRole('button', { name: 'حفظ' }).click();
  // decap-server makes the branch, then commits to it: what it holds, once it holds something.
  const added = () =>
    git('branch', '--list', 'cms/articles/editor-adds-an-article').trim()
      ? git('diff', '--name-status', 'main...cms/articles/editor-adds-an-article').trim()
      : '';
  await expect.poll(added, { timeout: 20_000 }).not.toBe('');
  expect(added()).toBe('A\tcontent/articles/editor-adds-an-article.mdx');
  expect(git('rev-parse', 'main')).toBe(mainBefore);
  // The commit's subject is what the article's change log shows readers: Arabic.
  expect(git('log', '-1', '--format=%s', 'cms/articles/editor-adds-an-article').trim()).toBe('إضافة مقال «editor-adds-an-article»');
  const file = git('show', 'cms/articles/editor-adds-an-article:content/articles/editor-adds-an-article.mdx');
  expect(file).toContain('  - metric: killed\n    value: 300\n');
  expect(file).toContain('  - metric: wounded\n    value: 2700\n');
  // «{» in the text is escaped for MDX; the file name is not written into the file.
  expect(file).toContain('\\{أولي}');
  expect(file).not.toMatch(/^slug:/m);
  // The branch's content as a reviewer gets it, checked as `npm run check` does. (Exported,
  // not checked out: decap-server switches the clone's branches as it works.)
  const branch = mkdtempSync(join(tmpdir(), 'cms-branch-'));
  try {
    execFileSync('sh', ['-c', `git -C "${clone}" archive cms/articles/editor-adds-an-article content | tar -x -C "${branch}"`]);
    const { problems, filesChecked } = checkContent(join(branch, 'content'));
    expect(problems.map(formatProblem)).toEqual([]);
    // Every file of the branch, the new article among them.
    expect(filesChecked).toBe(Number(execFileSync('sh', ['-c', `find "${branch}/content" -type f | wc -l`], { encoding: 'utf8' })));
  } finally {
    rmSync(branch, { recursive: true, force: true });
  }
  // The new article waits on the editorial workflow's board, among the drafts. After saving,
  // the app moves to the saved entry's address and opens it again; gone to the board before
  // that, the app moves back to the entry (seen on a loaded machine). The board reads every
  // branch from decap-server, which takes time.
  await expect(page).toHaveURL(/#\/collections\/articles\/entries\/editor-adds-an-article$/, { timeout: 30_000 });
  await expect(page.getByText('جارٍ تحميل المادة')).toBeHidden({ timeout: 30_000 });
  await page.goto('/admin/#/workflow');
  await expect(page.getByRole('link', { name: /الاستخبارات الكورية الجنوبية: مقتل 300 جندي/ })).toBeVisible({ timeout: 30_000 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
  await screenshot(page, '06-workflow');
});

test('the saved branch builds into an article page showing both figures, and its pull request’s report lists them', async ({ page }) => {
  test.setTimeout(180_000);
  // The branch as CI gets it: a clone, checked out on the branch, with main as origin/main.
  const work = mkdtempSync(join(tmpdir(), 'cms-pr-'));
  try {
    execFileSync('git', ['clone', '--quiet', clone, join(work, 'repo')]);
    const repo = join(work, 'repo');
    execFileSync('git', ['-C', repo, 'checkout', '--quiet', '-b', 'review', 'origin/cms/articles/editor-adds-an-article']);
    // Built as `npm run build` builds (the check first), into a folder of its own; the search
    // index is not what this test is about.
    execFileSync(process.execPath, ['scripts/build.ts', '--no-search'], {
      env: {
        ...process.env,
        ARABIC_NEWS_CONTENT_DIR: join(repo, 'content'),
        ARABIC_NEWS_OUT_DIR: join(work, 'dist'),
        ARABIC_NEWS_CACHE_DIR: join(work, 'cache'),
      },
      stdio: 'pipe',
    });
    const server = await serveFolder(join(work, 'dist'), 0);
    try {
      await page.goto(`http://127.0.0.1:${portOf(server)}/articles/editor-adds-an-article/`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('الاستخبارات الكورية الجنوبية: مقتل 300 جندي كوري شمالي في كورسك');
      const rows = page.locator('.figures tbody tr');
      await expect(rows).toHaveCount(2);
      await expect(rows.nth(0)).toContainText('القتلى');
      await expect(rows.nth(0)).toContainText('300 قتيل');
      await expect(rows.nth(1)).toContainText('الجرحى');
      await expect(rows.nth(1)).toContainText('2,700 جريح');
      // Each figure links to its sentence in the text.
      await rows.nth(1).getByRole('link', { name: 'الجملة في النص' }).click();
      await expect(page.locator(':target')).toContainText('أصيب 2700 آخرون');
    } finally {
      server.close();
    }

    const { report, names } = gatherReport({ repo, base: 'origin/main', headName: 'cms/articles/editor-adds-an-article' });
    const markdown = reportMarkdown(report, names);
    expect(markdown).toContain('Articles: 1 added, 0 changed, 0 removed; figures: 2 added, 0 changed, 0 removed.');
    expect(markdown).toMatch(/✅ \d+ content files checked: no problems\./);
    expect(markdown).toContain(
      '| الاستخبارات الكورية الجنوبية: مقتل 300 جندي كوري شمالي في كورسك<br>`/articles/editor-adds-an-article/` |',
    );
    expect(markdown).toContain('- ➕ **`killed` · القتلى:** 300 قتيل (الاستخبارات الكورية الجنوبية، 2025-02-03)');
    expect(markdown).toContain('- ➕ **`wounded` · الجرحى:** 2,700 جريح (الاستخبارات الكورية الجنوبية، 2025-02-03)');
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});

test('a day that does not exist and a number in words are refused in the form, in Arabic, and nothing is saved', async ({ page }) => {
  await newArticle(page, { slug: 'refused-article', title: 'عنوان', summary: 'ملخص.', date: '2025-02-30' });
  await page.getByRole('button', { name: 'إضافة رقم' }).click();
  await choose(page, 'metric', 'القتلى');
  // A number field takes no letters: «ألف» leaves it empty.
  await page.locator('[id^="value-field"]').last().pressSequentially('ألف');
  await page.locator('[id^="claimant-field"]').last().fill('مصدر');
  await page.locator('[id^="quote-field"]').last().fill('ألف جندي');
  await page.locator('[contenteditable="true"]').last().click();
  await page.keyboard.type('نص فيه ألف جندي.');
  await page.getByRole('button', { name: 'حفظ' }).click();
  await expect(page.getByText('عذرًا، لم تملأ حقلًا مطلوبًا.')).toBeVisible();
  await page.locator('[id^="date-field"]').scrollIntoViewIfNeeded();
  await screenshot(page, '05-refused-save');
  await expect(page.getByText('«2025-02-30» ليس تاريخًا صحيحًا')).toBeVisible();
  await expect(page.getByText('الحقل «الرقم» مطلوب.')).toBeVisible();
  expect(git('branch', '--list', 'cms/articles/refused-article').trim()).toBe('');
});

test('npm run cms: the dev server serves the app, and decap-server saves into the repository it is given', async ({ page }) => {
  test.setTimeout(180_000);
  // `npm run cms` starts a decap-server of its own, where the app looks for it.
  server.kill('SIGTERM');
  await expect.poll(async () => (await answers(DECAP_SERVER_INFO, 0.1)) === false).toBe(true);
  const cms = spawn(process.execPath, ['scripts/cms.ts', '--repo', clone, '--port', '4330'], { stdio: 'ignore' });
  const stopped = new Promise((done) => cms.once('exit', done));
  try {
    expect(await answers(() => fetch('http://127.0.0.1:4330/admin/'), 60)).toBe(true);
    expect(await answers(DECAP_SERVER_INFO)).toBe(true);
    await page.goto('http://localhost:4330/admin/');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await page.getByRole('button', { name: 'تسجيل الدخول' }).click({ timeout: 60_000 });
    await expect(page.getByRole('link', { name: 'المقالات' }).first()).toBeVisible();
    // The article saved in the test above is in that repository, on its branch, waiting for review.
    await page.goto('http://localhost:4330/admin/#/workflow');
    await expect(page.getByRole('link', { name: /الاستخبارات الكورية الجنوبية: مقتل 300 جندي/ })).toBeVisible();
  } finally {
    cms.kill('SIGTERM');
    await stopped;
  }
});
