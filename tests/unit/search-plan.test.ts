import { describe, expect, it } from 'vitest';
import type { SearchPage } from '../../scripts/build/search-pages.ts';
import { bundleDigest, planBundles, type BundlePlan } from '../../scripts/build/search-plan.ts';

const DAY_MS = 86_400_000;
const day = (n: number) => new Date(Date.UTC(2024, 0, 1) + n * DAY_MS).toISOString().slice(0, 10);
/** `count` articles, one a day from 2024-01-01, or `perDay` a day. */
const pages = (count: number, perDay = 1, start = 0): SearchPage[] =>
  Array.from({ length: count }, (_, i) => {
    const n = start + i;
    return { sourcePath: `articles/a${n}/index.html`, url: `/articles/a${n}/`, date: day(Math.floor(n / perDay)), hash: `h${n}` };
  });
const sizes = (plans: BundlePlan[]) => plans.map((p) => p.pages.length);
const urls = (plan: BundlePlan) => plan.pages.map((p) => p.url);

describe('planBundles', () => {
  const month = (date: string) => date.slice(0, 7);

  it('makes one bundle of a site smaller than two bundles, and none of a site without articles', () => {
    expect(sizes(planBundles(pages(50), 30))).toEqual([50]);
    expect(planBundles([], 3)).toEqual([]);
  });

  it('closes a bundle at the end of the first month by which it holds the size asked for, while as many are left', () => {
    // One article a day from 1 January 2024: 31 in January, 29 in February, 30 from 1 March.
    expect(sizes(planBundles(pages(90), 20))).toEqual([31, 29, 30]);
    expect(sizes(planBundles(pages(90), 40))).toEqual([90]);
    expect(sizes(planBundles(pages(90), 31))).toEqual([31, 59]);
  });

  it('cuts a month at a day’s end when it alone would take a bundle past twice the size', () => {
    const plans = planBundles(pages(120, 4), 10);
    for (const plan of plans) expect(plan.pages.length).toBeGreaterThanOrEqual(10);
    for (const plan of plans.slice(0, -1)) expect(plan.pages.length).toBeLessThanOrEqual(2 * 10 + 4);
    expect(plans.length).toBeGreaterThan(120 / 30);
  });

  it('keeps days whole, and months whole unless a month is cut', () => {
    const plans = planBundles(pages(400, 2), 30);
    for (const [i, plan] of plans.entries()) {
      if (i === 0) continue;
      const previous = plans[i - 1]!;
      expect(plan.from > previous.to).toBe(true);
      if (previous.pages.length < 60) expect(month(plan.from)).not.toBe(month(previous.to));
    }
  });

  it('names each bundle after its first day, and orders its pages by date, then address', () => {
    const [first, second] = planBundles(pages(120, 2).reverse(), 40);
    expect([first!.name, first!.from, first!.to]).toEqual(['2024-01-01', '2024-01-01', '2024-01-31']);
    expect(urls(first!).slice(0, 3)).toEqual(['/articles/a0/', '/articles/a1/', '/articles/a2/']);
    expect(second!.name).toBe('2024-02-01');
  });

  it('changes only the newest bundle as newer articles are added, one at a time', () => {
    let before = planBundles(pages(100), 20);
    for (let count = 101; count <= 400; count++) {
      const after = planBundles(pages(count), 20);
      expect(after.slice(0, before.length - 1)).toEqual(before.slice(0, -1));
      for (const plan of after) expect(plan.pages.length).toBeGreaterThanOrEqual(20);
      before = after;
    }
  });

  it('changes only its own bundle when an older article is added or removed', () => {
    const site = pages(366);
    const before = planBundles(site, 40);
    const changedBundles = (after: BundlePlan[]) => {
      expect(after.map((p) => p.name)).toEqual(before.map((p) => p.name));
      return after.filter((plan, i) => urls(plan).join() !== urls(before[i]!).join()).map((p) => p.name);
    };
    const backdated = { sourcePath: 'articles/late/index.html', url: '/articles/late/', date: day(100), hash: 'late' };
    const holder = before.find((plan) => plan.from <= day(100) && day(100) <= plan.to)!.name;
    expect(changedBundles(planBundles([...site, backdated], 40))).toEqual([holder]);
    expect(
      changedBundles(
        planBundles(
          site.filter((p) => p.date !== day(100)),
          40,
        ),
      ),
    ).toEqual([holder]);
  });

  it('gives one bundle of everything for a size of Infinity, and refuses a size below one', () => {
    expect(sizes(planBundles(pages(50), Infinity))).toEqual([50]);
    expect(() => planBundles(pages(5), 0)).toThrow('pagesPerBundle must be at least 1, not 0');
  });
});

describe('bundleDigest', () => {
  const [plan] = planBundles(pages(3), 3);

  it('is the same for the same pages and indexer', () => {
    expect(bundleDigest(plan!, 'pagefind 1.6.0')).toBe(bundleDigest(structuredClone(plan!), 'pagefind 1.6.0'));
  });

  it('changes with a page’s indexed part, its address, the set of pages, or the indexer', () => {
    const digest = bundleDigest(plan!, 'pagefind 1.6.0');
    const edited = (change: Partial<SearchPage>) => ({ ...plan!, pages: plan!.pages.map((p, i) => (i === 1 ? { ...p, ...change } : p)) });
    expect(bundleDigest(edited({ hash: 'other' }), 'pagefind 1.6.0')).not.toBe(digest);
    expect(bundleDigest(edited({ url: '/articles/other/' }), 'pagefind 1.6.0')).not.toBe(digest);
    expect(bundleDigest({ ...plan!, pages: plan!.pages.slice(1) }, 'pagefind 1.6.0')).not.toBe(digest);
    expect(bundleDigest(plan!, 'pagefind 1.7.0')).not.toBe(digest);
  });
});
