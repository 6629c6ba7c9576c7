import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './scripts/browser/chromium.ts';

const SITE_PORT = 4321;
const FIXTURE_PORT = 4322;
/** Where `npm run build:fixture` builds the site from 25 generated articles. */
export const FIXTURE_DIR = 'tests/.fixtures/many';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  // No retries: a test that fails once has found something. (The last flaky one, a search
  // result's scroll to its words, was the webfont swapping in after the scroll; both weights
  // are now preloaded and a fifth of their size, so they arrive before the first paint.)
  retries: 0,
  reporter: [['list']],
  use: {
    locale: 'ar',
    // Debian's chromium where installed, else Playwright's own: scripts/browser/chromium.ts.
    launchOptions: chromiumLaunchOptions(),
  },
  projects: [
    { name: 'seed site', testIgnore: /(fixture\..*|real-text|false-friends)\.spec\.ts/, use: { baseURL: `http://127.0.0.1:${SITE_PORT}` } },
    { name: 'fixture site', testMatch: /fixture\..*spec\.ts/, use: { baseURL: `http://127.0.0.1:${FIXTURE_PORT}` } },
    // The recall suites' own sites (npm run build:recall-sites), served by the tests themselves.
    { name: 'recall sites', testMatch: /(real-text|false-friends)\.spec\.ts/ },
    // Outside tools' verdicts (Nu HTML Checker, Lighthouse), run last and alone: Lighthouse
    // measures the CPU, and would be measuring the other tests.
    {
      name: 'quality gates',
      testDir: 'tests/quality',
      dependencies: ['seed site', 'fixture site', 'recall sites'],
      fullyParallel: false,
      use: { baseURL: `http://127.0.0.1:${SITE_PORT}` },
    },
  ],
  // Both sites are built before the tests run (npm run test:e2e); these only serve them.
  // --ignore-lock: Astro 7 allows one tracked preview per project, and here there are two.
  webServer: [
    {
      command: `astro preview --ignore-lock --host 127.0.0.1 --port ${SITE_PORT}`,
      url: `http://127.0.0.1:${SITE_PORT}/`,
      reuseExistingServer: !process.env.CI,
    },
    {
      command: `astro preview --ignore-lock --host 127.0.0.1 --port ${FIXTURE_PORT}`,
      url: `http://127.0.0.1:${FIXTURE_PORT}/`,
      env: { ARABIC_NEWS_OUT_DIR: `${FIXTURE_DIR}/dist` },
      reuseExistingServer: !process.env.CI,
    },
  ],
});
