import { describe, expect, it } from 'vitest';
import { buildLedger, latestClaims, type Claim } from '../../src/lib/figures/ledger.ts';

const claim = (metric: string, value: number, when: string, claimant: string, claimantId?: string, article = 'a'): Claim => ({
  id: `${article}-${metric}-${value}`,
  metric,
  value,
  qualifier: 'exact',
  claimant,
  claimantId,
  via: [],
  when,
  quote: 'q',
  article: { id: article, title: 't', date: when.length === 7 ? `${when}-15` : when, source: 's', topics: [] },
});

describe('buildLedger', () => {
  const claims = [
    claim('killed', 2000, '2025-09', 'وكالة الاستخبارات الكورية الجنوبية', 'nis', 'b'),
    claim('troops-sent', 12000, '2025-11-14', 'زيلينسكي', 'volodymyr-zelensky', 'a'),
    claim('troops-sent', 1500, '2024-10-18', 'جهاز المخابرات الوطنية', 'nis', 'd'),
    claim('troops-sent', 14000, '2025-11-14', 'مصادر من كوريا الجنوبية', undefined, 'a'),
    claim('killed', 300, '2025-02-04', 'معلومات استخباراتية', undefined, 'e'),
    claim('troops-sent', 12000, '2025-02-04', 'جهاز المخابرات الوطنية', 'nis', 'e'),
  ];
  const ledger = buildLedger(claims, ['troops-sent', 'killed']);

  it('gives each metric its claims, oldest first by the date they refer to', () => {
    expect(ledger.map((m) => m.metric)).toEqual(['troops-sent', 'killed']);
    expect(ledger[0]!.claims.map((c) => c.value)).toEqual([1500, 12000, 12000, 14000]);
    expect(ledger[1]!.claims.map((c) => c.when)).toEqual(['2025-02-04', '2025-09']);
  });

  it('groups one claimant’s figures into one series, in time order: a revision, not a contradiction', () => {
    const nis = ledger[0]!.series.find((s) => s.claimantId === 'nis')!;
    expect(nis.claims.map((c) => [c.when, c.value])).toEqual([
      ['2024-10-18', 1500],
      ['2025-02-04', 12000],
    ]);
    expect(ledger[0]!.series[0]!.key).toBe('entity:nis');
  });

  it('treats the same words as the same claimant when there is no entity id', () => {
    const same = buildLedger([
      claim('killed', 100, '2025-01-01', 'مصادر غربية'),
      claim('killed', 200, '2025-03-01', 'مصادرُ غربية'),
      claim('killed', 300, '2025-03-01', 'مصادر أوكرانية'),
    ]);
    expect(same[0]!.series.map((s) => s.claims.length)).toEqual([2, 1]);
  });

  it('never puts two metrics on one chart: each ledger, and each of its series, holds one metric only', () => {
    // Counts that differ (killed, casualties) are drawn on axes of their own: a chart is one ledger.
    const mixed = buildLedger([...claims, claim('casualties', 4000, '2025-11-14', 'زيلينسكي', 'volodymyr-zelensky', 'a')]);
    expect(mixed.map((m) => m.metric).sort()).toEqual(['casualties', 'killed', 'troops-sent']);
    for (const { metric, claims: drawn, series } of mixed) {
      expect(new Set(drawn.map((c) => c.metric))).toEqual(new Set([metric]));
      expect(new Set(series.flatMap((s) => s.claims.map((c) => c.metric)))).toEqual(new Set([metric]));
    }
  });

  it('is empty without claims', () => {
    expect(buildLedger([])).toEqual([]);
  });
});

describe('latestClaims', () => {
  it('keeps the latest claims of each metric by the date they refer to, and counts them all', () => {
    const days = Array.from({ length: 10 }, (_, i) => claim('killed', i, `2025-01-${String(i + 10)}`, 'أ'));
    const few = [claim('wounded', 1, '2020-01-01', 'ب'), claim('wounded', 2, '2021-01-01', 'ب')];
    const { shown, totals } = latestClaims([...days.reverse(), ...few], 3);
    expect(shown.filter((c) => c.metric === 'killed').map((c) => c.value)).toEqual([7, 8, 9]);
    expect(shown.filter((c) => c.metric === 'wounded')).toHaveLength(2);
    expect(Object.fromEntries(totals)).toEqual({ killed: 10, wounded: 2 });
  });
});
