import { describe, expect, it } from 'vitest';
import { evaluateTargets, sizeTable, type SideMeasure, type SizeMeasure } from '../../scripts/bench/report.ts';

const GB = 1024 ** 3;
function side(overrides: Partial<SideMeasure> = {}): SideMeasure {
  return {
    cold: { seconds: 600, peakBytes: 6 * GB },
    rebuild: { seconds: 30, peakBytes: GB },
    added: { seconds: 40, peakBytes: GB },
    addedFiles: 50,
    addedShare: 50 / 120_000,
    msPerArticle: 6,
    distBytes: 200 * 1024 ** 2,
    distFiles: 120_000,
    indexBytes: 30 * 1024 ** 2,
    articlePage: { median: 12_000, max: 15_000 },
    search: { firstQueryBytes: 150_000, medianQueryBytes: 150_000, medianMs: 400, times: [], bytes: [], found: {} },
    rounds: [],
    ...overrides,
  };
}
const verdicts = (sizes: SizeMeasure[]) => Object.fromEntries(evaluateTargets(sizes).map((t) => [t.name, t.met]));

describe('npm run bench’s report', () => {
  it('checks every target of issue 13 at 10,000 and 100,000 articles', () => {
    const targets = evaluateTargets([
      {
        articles: 10_000,
        ours: side({ cold: { seconds: 90, peakBytes: 3 * GB }, added: { seconds: 8, peakBytes: GB } }),
        plain: side({ cold: { seconds: 100, peakBytes: 4 * GB } }),
      },
      { articles: 100_000, ours: side(), plain: { failed: 'RangeError: Invalid string length' } },
    ]);
    expect(targets.filter((t) => t.met !== true).map((t) => t.name)).toEqual([]);
    expect(targets.map((t) => t.target)).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
  });

  it('names each target missed, and says what was not measured rather than guessing', () => {
    const result = verdicts([
      {
        articles: 10_000,
        ours: side({ cold: { seconds: 120, peakBytes: 3 * GB }, distBytes: 300 * 1024 ** 2, articlePage: { median: 20_000, max: 30_000 } }),
        plain: side({ cold: { seconds: 100, peakBytes: 4 * GB } }),
      },
    ]);
    expect(result['cold build at 10,000 articles at most 1.0× the plain blog + stock Pagefind']).toBe(false);
    expect(result['`dist/` at 10,000 articles at most 250 MB']).toBe(false);
    expect(result['article page at most 16 KB of HTML']).toBe(false);
    // One size only: the rebuild target needs both, the 100,000 ones were not run.
    expect(result['rebuild after adding one article at most 10% of the cold build, at 10,000 and 100,000']).toBeNull();
    expect(result['cold build at 100,000 articles within 15 min, peak memory at most 8 GB']).toBeNull();
  });

  it('prints a side that could not build as failed, with its error under the table', () => {
    const table = sizeTable({ articles: 100_000, ours: side(), plain: { failed: 'JavaScript heap out of memory' } }, 5);
    expect(table).toMatch(/\| cold build, wall time \(s\) \| 600\.0 \| failed \| {2}\|/);
    expect(table).toContain('the plain blog failed at 100,000 articles: `JavaScript heap out of memory`');
  });
});
