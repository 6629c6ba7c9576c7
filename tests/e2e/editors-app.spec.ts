/**
 * The editors' web app at /admin/ (Decap CMS), the way an editor opens it with `npm run cms`:
 * decap-server in its git mode against a throwaway clone of this repository, the built site
 * serving /admin/.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';

// decap-server listens where the app looks for it (src/lib/cms/config.ts): one at a time.
test.describe.configure({ mode: 'serial' });

let server: ChildProcess;
let clone: string;

test.beforeAll(async () => {
  clone = mkdtempSync(join(tmpdir(), 'cms-repo-'));
  execFileSync('git', ['clone', '--quiet', '--no-hardlinks', resolve('.'), clone]);
  server = spawn(process.execPath, [resolve('node_modules/decap-server/dist/index.js')], {
    env: { ...process.env, MODE: 'git', GIT_REPO_DIRECTORY: clone, PORT: '8081', BIND_HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
    stdio: 'ignore',
  });
  // Ready when it answers.
  for (let i = 0; i < 100; i++) {
    try {
      const answer = await fetch('http://127.0.0.1:8081/api/v1', {
        method: 'POST',
        body: JSON.stringify({ action: 'info' }),
        headers: { 'Content-Type': 'application/json' },
      });
      if (answer.ok) return;
    } catch {
      // not yet listening
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error('decap-server did not start on port 8081');
});

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
  await page.getByRole('button', { name: 'تسجيل الدخول' }).click();
  for (const name of ['المقالات', 'المصادر', 'المواضيع', 'المقاييس', 'الجهات']) {
    await expect(page.getByRole('link', { name }).first()).toBeVisible();
  }
  await page.screenshot({ path: 'test-results/editors-app-collections.png' });
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
