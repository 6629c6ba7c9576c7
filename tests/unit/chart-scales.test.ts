import { describe, expect, it } from 'vitest';
import { niceStep, niceTicks, timeOf, timeScale, valueScale } from '../../src/lib/figures/chart-scales.ts';

describe('timeScale', () => {
  const times = ['2024-10-18', '2025-02-04', '2025-11-14'].map(timeOf);

  it('runs from right to left when asked, earliest at `from`', () => {
    const x = timeScale(times, 600, 40);
    expect(x(times[0]!)).toBe(600);
    expect(x(times[2]!)).toBe(40);
    expect(x(times[1]!)).toBeGreaterThan(40);
    expect(x(times[1]!)).toBeLessThan(600);
  });

  it('puts a single date in the middle', () => {
    expect(timeScale([timeOf('2025-01-01')], 600, 40)(timeOf('2025-01-01'))).toBe(320);
  });

  it('reads a month as its first day', () => {
    expect(timeOf('2025-09')).toBe(Date.parse('2025-09-01T00:00:00Z'));
  });
});

describe('niceTicks and niceStep', () => {
  it('choose round steps of 1, 2 or 5 times a power of ten', () => {
    expect(niceStep(14000)).toBe(5000);
    expect(niceStep(6000)).toBe(2000);
    expect(niceStep(300)).toBe(100);
    expect(niceStep(1_200_000)).toBe(500_000);
  });

  it('run from zero to a round value at or above the largest', () => {
    expect(niceTicks(14000)).toEqual([0, 5000, 10000, 15000]);
    expect(niceTicks(100000)).toEqual([0, 50000, 100000]);
    expect(niceTicks(2700)).toEqual([0, 1000, 2000, 3000]);
  });

  it('survive a zero or tiny maximum', () => {
    expect(niceTicks(0)).toEqual([0, 1]);
    expect(niceTicks(1)).toEqual([0, 0.5, 1]);
  });
});

describe('valueScale', () => {
  it('maps zero to the bottom and the top value to the top', () => {
    const y = valueScale(15000, 200, 20);
    expect(y(0)).toBe(200);
    expect(y(15000)).toBe(20);
    expect(y(7500)).toBe(110);
  });
});
