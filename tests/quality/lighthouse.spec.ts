import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium, expect, test } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumLaunchOptions } from '../../scripts/browser/chromium.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
/** Lighthouse's own line between "good" and "needs work" is 0.90; ours is 0.95. */
const PASSING_SCORE = 0.95;
/**
 * Runs per page, of which the median score counts, as Lighthouse CI does: one run's total
 * blocking time swings with whatever else the machine is doing (once 470 ms on CI against
 * 120–210 ms here for the same page), and one unlucky run is not the page.
 */
const RUNS = 3;
const REPORTS = 'test-results/lighthouse';

const PAGES = {
  home: '/',
  article: '/articles/north-korean-troops-clear-mines-in-kursk/',
  topic: '/topics/north-korean-troops-in-russia/',
  search: `/search/?q=${encodeURIComponent('كورسك')}`,
};

interface Run {
  scores: Record<string, number>;
  weak: string[];
}

/** One Lighthouse run on a fresh browser; its report is kept under test-results/. */
async function runLighthouse(url: string, report: string): Promise<Run> {
  const { executablePath, args = [] } = chromiumLaunchOptions();
  const chrome = await chromeLauncher.launch({
    chromePath: executablePath ?? chromium.executablePath(),
    chromeFlags: ['--headless=new', ...args],
  });
  try {
    const result = await lighthouse(url, { port: chrome.port, onlyCategories: CATEGORIES, output: 'json', logLevel: 'error' });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    writeFileSync(report, result.report as string);
    const { categories, audits } = result.lhr;
    return {
      scores: Object.fromEntries(CATEGORIES.map((id) => [id, categories[id]?.score ?? 0])),
      weak: Object.values(audits)
        .filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'numeric')
        .map((audit) => `${audit.id} ${audit.score} ${audit.displayValue ?? ''}`),
    };
  } finally {
    chrome.kill();
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

// Lighthouse's mobile defaults: a mid-range phone on a slow 4G connection, simulated. This
// project runs after the others, alone, so no other test competes for the CPU it measures.
test.describe.configure({ mode: 'serial' });

for (const [name, path] of Object.entries(PAGES)) {
  test(`Lighthouse (mobile) scores the ${name} page at least ${PASSING_SCORE} in every category (median of ${RUNS} runs)`, async ({
    baseURL,
  }) => {
    test.setTimeout(RUNS * 90_000);
    mkdirSync(REPORTS, { recursive: true });
    const runs: Run[] = [];
    for (let i = 1; i <= RUNS; i++) runs.push(await runLighthouse(new URL(path, baseURL).href, `${REPORTS}/${name}-${i}.json`));
    for (const id of CATEGORIES) {
      const scores = runs.map((run) => run.scores[id]!);
      const weak = runs.map((run, i) => `run ${i + 1}: ${run.weak.join('; ') || 'none'}`).join('\n');
      expect(median(scores), `${id} on ${path}: ${scores.join(', ')}; audits below full marks:\n${weak}`).toBeGreaterThanOrEqual(
        PASSING_SCORE,
      );
    }
  });
}
