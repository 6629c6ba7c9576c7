import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHART_LAYOUTS, NARROW_MAX_REM, timeLabelsOf, WIDE_FROM_REM } from '../../src/lib/figures/chart-layout.ts';

const PHONE_COLUMN_PX = 358;
const LABEL_UNITS = 12;

describe('the ledger chart’s drawings', () => {
  it('draw a 12-unit label at 12 px or more where each is shown', () => {
    const wide = CHART_LAYOUTS.find((l) => l.name === 'wide')!;
    const narrow = CHART_LAYOUTS.find((l) => l.name === 'narrow')!;
    // The wide one from its own width up (16 px a rem), at its own size.
    expect(wide.width).toBe(WIDE_FROM_REM * 16);
    // The narrow one in a 390-px phone's column.
    expect((LABEL_UNITS * PHONE_COLUMN_PX) / narrow.width).toBeGreaterThanOrEqual(12);
    expect(NARROW_MAX_REM * 16).toBeGreaterThan(narrow.width);
  });

  it('are switched in CSS at the widths the module gives', () => {
    const css = readFileSync('src/components/LedgerChart.astro', 'utf8');
    expect(css).toContain(`@container (inline-size < ${WIDE_FROM_REM}rem)`);
    expect(css).toContain(`@container (inline-size >= ${WIDE_FROM_REM}rem)`);
    expect(css).toContain(`max-inline-size: ${NARROW_MAX_REM}rem`);
  });
});

describe('the time axis’s labels', () => {
  it('are every date when there are few', () => {
    expect(timeLabelsOf(['2025-01', '2025-02', '2025-02', '2025-03'], 4)).toEqual(['2025-01', '2025-02', '2025-03']);
  });

  it('are evenly spaced, first and last among them, none crowding the last', () => {
    const dates = ['a', 'b', 'c', 'd', 'e', 'f'];
    expect(timeLabelsOf(dates, 3)).toEqual(['a', 'c', 'f']);
    expect(timeLabelsOf([...dates, 'g'], 4)).toEqual(['a', 'c', 'e', 'g']);
    expect(timeLabelsOf(['a'], 3)).toEqual(['a']);
  });
});
