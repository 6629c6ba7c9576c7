import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/lib/figures/ledger.ts';
import { EXPORT_COLUMNS } from '../../src/lib/figures/export.ts';
import { claimMonth, claimsByMonth, openDataIndex } from '../../src/lib/figures/open-data-months.ts';

const claim = (id: string, date: string, asOf?: string): Claim => ({
  id,
  metric: 'troops',
  value: 1,
  qualifier: 'exact',
  claimant: 'x',
  via: [],
  when: asOf ?? date,
  asOf,
  quote: 'q',
  article: { id, title: id, date, source: 's', topics: ['war'] },
});

describe('open data by month', () => {
  const claims = [claim('a', '2025-11-14'), claim('b', '2025-10-02', '2024-05'), claim('c', '2025-11-01'), claim('d', '2024-12-31')];

  it('files a figure under the month its article was published, not the month it refers to', () => {
    expect(claimMonth(claims[1]!)).toBe('2025-10');
    expect([...claimsByMonth(claims).keys()].sort()).toEqual(['2024-12', '2025-10', '2025-11']);
  });

  it('keeps the given order inside a month and loses no figure', () => {
    const months = claimsByMonth(claims);
    expect(months.get('2025-11')!.map((c) => c.article.id)).toEqual(['a', 'c']);
    expect([...months.values()].flat()).toHaveLength(claims.length);
  });

  const months = [
    { month: '2025-11', figures: 2, json: '/figures/2025-11.json', csv: '/figures/2025-11.csv' },
    { month: '2025-10', figures: 1, json: '/figures/2025-10.json', csv: '/figures/2025-10.csv' },
    { month: '2024-12', figures: 1, json: '/figures/2024-12.json', csv: '/figures/2024-12.csv' },
  ];

  it("indexes the site's month files newest first, with their counts", () => {
    expect(openDataIndex(claims)).toEqual({ columns: EXPORT_COLUMNS, months });
    expect(openDataIndex([])).toEqual({ columns: EXPORT_COLUMNS, months: [] });
  });

  it("indexes a topic's figures in the site's month files, counting only the topic's", () => {
    expect(openDataIndex(claims.slice(0, 2), 'war')).toEqual({
      columns: EXPORT_COLUMNS,
      topic: 'war',
      months: months.slice(0, 2).map((m) => ({ ...m, figures: 1 })),
    });
  });

  it('leaves a past month’s file as it was when a newer article is added', () => {
    const before = claimsByMonth(claims);
    const after = claimsByMonth([claim('e', '2025-12-01'), ...claims]);
    for (const [month, inMonth] of before) expect(after.get(month)).toEqual(inMonth);
  });
});
