import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

// Debian's chromium where it is installed (CI and these machines, which cannot download
// browsers); elsewhere Playwright's own browser, so contributors' laptops work unchanged.
const DEBIAN_CHROMIUM = '/usr/bin/chromium';
const executablePath = existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined;

const SITE_PORT = 4321;
const FIXTURE_PORT = 4322;
/** Where `npm run build:fixture` builds the site from 25 generated articles. */
export const FIXTURE_DIR = 'tests/.fixtures/many';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list']],
  use: {
    locale: 'ar',
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [
    { name: 'seed site', testIgnore: /fixture\..*spec\.ts/, use: { baseURL: `http://127.0.0.1:${SITE_PORT}` } },
    { name: 'fixture site', testMatch: /fixture\..*spec\.ts/, use: { baseURL: `http://127.0.0.1:${FIXTURE_PORT}` } },
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
