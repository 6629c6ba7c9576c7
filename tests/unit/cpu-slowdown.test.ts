import { describe, expect, it } from 'vitest';
import { cpuSlowdownFor, DEFAULT_CPU_SLOWDOWN } from '../quality/cpu-slowdown.ts';

describe('cpuSlowdownFor', () => {
  it("keeps Lighthouse's default 4× on a host as fast as its reference desktop or faster", () => {
    expect(cpuSlowdownFor(1533)).toBe(DEFAULT_CPU_SLOWDOWN);
    expect(cpuSlowdownFor(2400)).toBe(DEFAULT_CPU_SLOWDOWN);
  });

  it('slows a slower host less, at the calculator breakpoints and linearly between them', () => {
    expect(cpuSlowdownFor(1300)).toBe(3);
    expect(cpuSlowdownFor(800)).toBe(2);
    expect(cpuSlowdownFor(1050)).toBeCloseTo(2.5);
    expect(cpuSlowdownFor(475)).toBeCloseTo(1.5);
    expect(cpuSlowdownFor(100)).toBe(1);
  });

  it("falls back to Lighthouse's default when the index is missing", () => {
    expect(cpuSlowdownFor(Number.NaN)).toBe(DEFAULT_CPU_SLOWDOWN);
    expect(cpuSlowdownFor(0)).toBe(DEFAULT_CPU_SLOWDOWN);
  });
});
