import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** One of axe-core's violations (its type, from the package that runs it). */
type Violation = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number];

/** axe-core's violations, one readable line each: the rule, its help and the elements. */
const readable = (violations: Violation[]): string[] =>
  violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA: what the gate holds every page to. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** axe-core's violations on the page as it is now, one readable line each. */
export async function wcagViolations(page: Page): Promise<string[]> {
  // What is below the fold may be laid out only when it nears the screen (content-visibility:
  // auto, the ledger's metrics): axe reads sizes and overlaps from layout, and would measure
  // targets that are not laid out yet. Checked laid out, as a reader scrolling there sees them.
  await page.evaluate(() => {
    for (const element of document.querySelectorAll<HTMLElement>('*'))
      if (getComputedStyle(element).contentVisibility === 'auto') element.style.contentVisibility = 'visible';
  });
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return readable(violations);
}

/**
 * axe-core's landmark rules, which are best practice rather than WCAG: a screen reader lists a
 * page's landmarks by role and name, and two unnamed `search` landmarks read as the same one.
 */
const LANDMARK_RULES = [
  'landmark-unique',
  'landmark-one-main',
  'landmark-no-duplicate-banner',
  'landmark-no-duplicate-contentinfo',
  'landmark-no-duplicate-main',
  'landmark-banner-is-top-level',
  'landmark-contentinfo-is-top-level',
  'landmark-main-is-top-level',
];

/** Violations of the landmark rules on the page as it is now, one readable line each. */
export async function landmarkViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withRules(LANDMARK_RULES).analyze();
  return readable(violations);
}
