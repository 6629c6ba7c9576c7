import { describe, expect, it } from 'vitest';
import { currentClaims, currentRange, currentRanges } from '../../src/lib/figures/current-range.ts';
import type { Claim } from '../../src/lib/figures/ledger.ts';
import type { Qualifier } from '../../src/lib/figures/format.ts';

let n = 0;
const claim = (metric: string, value: number, when: string, claimant: string, more: Partial<Claim> = {}): Claim => ({
  id: `${claimant}-${metric}-${value}`,
  metric,
  value,
  qualifier: 'exact' as Qualifier,
  claimant,
  via: [],
  when,
  quote: 'q',
  article: { id: `a${n++}`, title: 't', date: when.slice(0, 10).padEnd(10, '-01'), source: 's', topics: [] },
  ...more,
});

describe('current claims', () => {
  it('keep each claimant’s latest claim on each metric: a revision replaces what it revises', () => {
    const old = claim('killed', 300, '2025-02-04', 'الاستخبارات', { claimantId: 'nis' });
    const revised = claim('killed', 2000, '2025-09', 'وكالة الاستخبارات الكورية الجنوبية', { claimantId: 'nis' });
    const other = claim('killed', 6000, '2025-11-14', 'مصادر');
    const wounded = claim('wounded', 2700, '2025-02-04', 'الاستخبارات', { claimantId: 'nis' });
    const current = currentClaims([revised, old, other, wounded]);
    expect(current.get('killed')).toEqual([revised, other]);
    expect(current.get('wounded')).toEqual([wounded]);
  });

  it('tell claimants without an entity apart by their words, spelled alike', () => {
    const a = claim('troops-sent', 12000, '2025-02-04', 'الحكومات الأوكرانية');
    const b = claim('troops-sent', 14000, '2025-11-14', 'الحكومات الاوكرانية');
    expect(currentClaims([a, b]).get('troops-sent')).toEqual([b]);
  });
});

describe('a range line', () => {
  it('gives the lowest and highest current claims, never an average', () => {
    const low = claim('troops-sent', 1500, '2024-10-18', 'جهاز المخابرات الوطنية', { claimantId: 'nis' });
    const mid = claim('troops-sent', 12000, '2025-02-04', 'الحكومات', { qualifier: 'about' });
    const high = claim('troops-sent', 14000, '2025-11-14', 'مصادر', { qualifier: 'about' });
    expect(currentRange([mid, high, low])).toEqual({ kind: 'range', lowest: low, highest: high, claimants: 3 });
  });

  it('reads a range by its ends: its lowest number, then its highest', () => {
    const range = claim('troops-sent', 10000, '2025-01', 'أ', { valueMax: 12000 });
    const exact = claim('troops-sent', 10000, '2025-02', 'ب');
    const wider = claim('troops-sent', 11000, '2025-03', 'ج', { valueMax: 20000 });
    expect(currentRange([range, exact, wider])).toMatchObject({ lowest: exact, highest: wider });
  });

  it('orders equal numbers by their wording: «ما يصل إلى» below «نحو», «أكثر من» above', () => {
    const upTo = claim('troops-sent', 12000, '2025-04-28', 'أ', { qualifier: 'up-to' });
    const about = claim('troops-sent', 12000, '2025-02-04', 'ب', { qualifier: 'about' });
    const atLeast = claim('troops-sent', 12000, '2025-01-01', 'ج', { qualifier: 'at-least' });
    expect(currentRange([about, atLeast, upTo])).toMatchObject({ kind: 'range', lowest: upTo, highest: atLeast });
  });

  it('shows the most recent of equal claims at an end', () => {
    const older = claim('killed', 300, '2025-01-01', 'أ');
    const newer = claim('killed', 300, '2025-03-01', 'ب');
    const high = claim('killed', 900, '2025-02-01', 'ج');
    expect(currentRange([older, newer, high])).toMatchObject({ lowest: newer, highest: high });
  });

  it('says so in one line when every current claim agrees, the latest first', () => {
    const a = claim('troops-sent', 12000, '2025-02-04', 'أ', { qualifier: 'about' });
    const b = claim('troops-sent', 12000, '2025-11-14', 'ب', { qualifier: 'about' });
    expect(currentRange([a, b])).toEqual({ kind: 'agree', claims: [b, a] });
    expect(currentRange([a])).toEqual({ kind: 'agree', claims: [a] });
    expect(currentRange([])).toBeUndefined();
  });

  it('is the same figure only with the same wording', () => {
    const a = claim('troops-sent', 12000, '2025-02-04', 'أ', { qualifier: 'about' });
    const b = claim('troops-sent', 12000, '2025-11-14', 'ب', { qualifier: 'up-to' });
    expect(currentRange([a, b])?.kind).toBe('range');
  });

  it('is one per metric of a topic, from each claimant’s latest claim', () => {
    const ranges = currentRanges([
      claim('killed', 300, '2025-02-04', 'أ'),
      claim('killed', 6000, '2025-11-14', 'ب'),
      claim('killed', 600, '2025-12-01', 'أ'),
      claim('wounded', 2700, '2025-02-04', 'أ'),
    ]);
    expect([...ranges.keys()]).toEqual(['killed', 'wounded']);
    expect(ranges.get('killed')).toMatchObject({ kind: 'range', lowest: { value: 600 }, highest: { value: 6000 }, claimants: 2 });
    expect(ranges.get('wounded')).toMatchObject({ kind: 'agree' });
  });
});
