import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SERIES_COLOURS, seriesColour } from '../../src/lib/figures/chart-series.ts';

const tokens = readFileSync('src/styles/tokens.css', 'utf8');
const global = readFileSync('src/styles/global.css', 'utf8');
const series = Array.from({ length: SERIES_COLOURS }, (_, n) => n);

describe('chart series colours', () => {
  it('has a light and a dark shade for every series, and no more', () => {
    for (const n of series)
      expect(tokens, `--series-${n}`).toMatch(new RegExp(`--series-${n}: light-dark\\(#[0-9a-f]{6}, #[0-9a-f]{6}\\);`));
    expect(tokens).not.toContain(`--series-${SERIES_COLOURS}:`);
  });

  it('colours every series with its token once, in the global stylesheet', () => {
    for (const n of series) {
      expect(global.match(new RegExp(`\\.series-${n} \\{\\n  color: var\\(--series-${n}\\);\\n\\}`, 'g')), `.series-${n}`).toHaveLength(1);
    }
  });

  it('cycles through the colours', () => {
    expect([0, 5, 6, 13].map(seriesColour)).toEqual([0, 5, 0, 1]);
  });
});
