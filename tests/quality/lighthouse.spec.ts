import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium, expect, test } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumLaunchOptions } from '../../scripts/browser/chromium.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
/** Lighthouse's own line between "good" and "needs work" is 0.90; ours is 0.95. */
const PASSING_SCORE = 0.95;
const REPORTS = 'test-results/lighthouse';

const PAGES = {
  home: '/',
  article: '/articles/north-korean-troops-clear-mines-in-kursk/',
  topic: '/topics/north-korean-troops-in-russia/',
  search: `/search/?q=${encodeURIComponent('كورسك')}`,
};

// Lighthouse's mobile defaults: a mid-range phone on a slow 4G connection, simulated. This
// project runs after the others, alone, so no other test competes for the CPU it measures.
test.describe.configure({ mode: 'serial' });

for (const [name, path] of Object.entries(PAGES)) {
  test(`Lighthouse (mobile) scores the ${name} page at least ${PASSING_SCORE} in every category`, async ({ baseURL }) => {
    test.setTimeout(120_000);
    const { executablePath, args = [] } = chromiumLaunchOptions();
    const chrome = await chromeLauncher.launch({
      chromePath: executablePath ?? chromium.executablePath(),
      chromeFlags: ['--headless=new', ...args],
    });
    try {
      const result = await lighthouse(new URL(path, baseURL).href, {
        port: chrome.port,
        onlyCategories: CATEGORIES,
        output: 'json',
        logLevel: 'error',
      });
      if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
      mkdirSync(REPORTS, { recursive: true });
      writeFileSync(`${REPORTS}/${name}.json`, result.report as string);
      const { categories, audits } = result.lhr;
      const scores = Object.fromEntries(CATEGORIES.map((id) => [id, categories[id]?.score ?? 0]));
      const weak = Object.values(audits)
        .filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'numeric')
        .map((audit) => `${audit.id} ${audit.score} ${audit.displayValue ?? ''}`);
      for (const id of CATEGORIES) {
        expect(scores[id], `${id} on ${path}; audits below full marks: ${weak.join('; ') || 'none'}`).toBeGreaterThanOrEqual(PASSING_SCORE);
      }
    } finally {
      chrome.kill();
    }
  });
}
