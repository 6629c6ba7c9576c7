import { describe, expect, it } from 'vitest';
import { coverageOf, type CoverageOutlet } from '../../src/lib/listing/coverage.ts';

// Who covers a topic (src/lib/listing/coverage.ts): its articles by outlets' countries and kinds
// of ownership, the unattributed apart, and the kinds no outlet of covered it.
const OUTLETS: Record<string, CoverageOutlet> = {
  aje: { country: 'QA', ownership: 'state', unattributed: false },
  cnn: { country: 'AE', ownership: 'private', unattributed: false },
  fox: { country: 'US', ownership: 'private', unattributed: false },
  step: { country: 'unknown', ownership: 'unknown', unattributed: false },
  none: { unattributed: true },
};

function coverage(outlets: string[]) {
  let lookups = 0;
  const result = coverageOf(
    outlets,
    (id) => id,
    (id) => {
      lookups++;
      return OUTLETS[id]!;
    },
  );
  return { ...result, lookups };
}

describe('a topic’s coverage split', () => {
  it('counts articles by country and by kind of ownership, naming the kinds none covered', () => {
    const split = coverage(['fox', 'aje', 'fox', 'cnn', 'step', 'none', 'fox']);
    expect(split.total).toBe(7);
    expect(split.byCountry).toEqual([
      { key: 'US', count: 3 },
      { key: 'AE', count: 1 },
      { key: 'QA', count: 1 },
      { key: 'unknown', count: 1 },
      { key: 'unattributed', count: 1 },
    ]);
    expect(split.byOwnership).toEqual([
      { key: 'state', count: 1 },
      { key: 'public-service', count: 0 },
      { key: 'private', count: 4 },
      { key: 'affiliated', count: 0 },
      { key: 'unknown', count: 1 },
      { key: 'unattributed', count: 1 },
    ]);
    expect(split.missing).toEqual(['public-service', 'affiliated']);
  });

  it('never counts the unattributed as a kind of ownership or a country, and lists them only when there are some', () => {
    const split = coverage(['none', 'none']);
    expect(split.byOwnership.map((s) => s.count)).toEqual([0, 0, 0, 0, 0, 2]);
    expect(split.missing).toEqual(['state', 'public-service', 'private', 'affiliated', 'unknown']);
    expect(coverage(['aje']).byOwnership.map((s) => s.key)).not.toContain('unattributed');
  });

  it('looks each outlet up once, however many articles it has: one pass over the articles', () => {
    const many = Array.from({ length: 10_000 }, (_, i) => (i % 3 === 0 ? 'aje' : 'fox'));
    const split = coverage(many);
    expect(split.lookups).toBe(2);
    expect(split.byOwnership.find((s) => s.key === 'state')?.count).toBe(3334);
  });

  it('has nothing to split for a topic without articles', () => {
    expect(coverage([])).toMatchObject({
      total: 0,
      byCountry: [],
      missing: ['state', 'public-service', 'private', 'affiliated', 'unknown'],
    });
  });
});
