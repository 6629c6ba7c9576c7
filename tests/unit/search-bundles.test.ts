import { describe, expect, it } from 'vitest';
import { bundleOfScore, bundleWeight, newestFirst, parseBundleList, type SearchBundle } from '../../src/lib/search/bundles.ts';

const bundle = (name: string, to = name): SearchBundle => ({
  name,
  path: `/pagefind/bundles/${name}/`,
  from: name,
  to,
  pages: 3,
  digest: 'd',
});
const list = (...bundles: unknown[]) => JSON.stringify({ bundles });

describe('parseBundleList', () => {
  it('reads the bundles, oldest first', () => {
    const bundles = [bundle('2024-01-01', '2024-06-30'), bundle('2024-07-01', '2025-01-03')];
    expect(parseBundleList(list(...bundles), 'bundles.json')).toEqual(bundles);
  });

  it('reads a site with no articles as no bundles', () => {
    expect(parseBundleList(list(), 'bundles.json')).toEqual([]);
  });

  it('names the file and the field of what it cannot read', () => {
    expect(() => parseBundleList('{', '/pagefind/bundles.json')).toThrow(/^\/pagefind\/bundles\.json: not JSON/);
    expect(() => parseBundleList('[]', 'b.json')).toThrow('b.json: expected { "bundles": [...] }');
    expect(() => parseBundleList(list({ ...bundle('2024-01-01'), pages: 0 }), 'b.json')).toThrow('b.json: bundles[0].pages is 0');
    expect(() => parseBundleList(list({ ...bundle('2024-01-01'), path: 'bundles/x' }), 'b.json')).toThrow(
      'b.json: bundles[0].path is "bundles/x"',
    );
    expect(() => parseBundleList(list(bundle('2024-01-01'), null), 'b.json')).toThrow('b.json: bundles[1].name is undefined');
  });

  it('refuses bundles out of date order: the search page would put results out of order', () => {
    expect(() => parseBundleList(list(bundle('2024-07-01'), bundle('2024-01-01')), 'b.json')).toThrow(
      'b.json: bundles[1] (2024-01-01) is not newer than the one before it',
    );
  });
});

describe('bundleWeight and bundleOfScore', () => {
  it('tell the bundle and the position of a date-sorted result from its merged score', () => {
    for (const bundleCount of [1, 2, 40, 255]) {
      for (const bundle of new Set([1, Math.min(2, bundleCount), bundleCount])) {
        for (const position of [1, 2, 999, 4_000, 2 ** 20]) {
          expect(bundleOfScore(position * bundleWeight(bundle), bundleCount)).toEqual({ bundle, position });
        }
      }
    }
  });

  it('tell no bundle for a score no bundle can have', () => {
    expect(bundleOfScore(0, 3)).toBeUndefined();
    expect(bundleOfScore(5, 3)).toBeUndefined(); // weight 1: the index that holds no articles
    expect(bundleOfScore(5 * bundleWeight(4), 3)).toBeUndefined();
  });

  it('never reorder two different relevance scores, only exact ties', () => {
    // Pagefind's scores are 32-bit floats: the closest two differ by one unit in the last place.
    for (const score of [0.0123, 1, 1.9999999, 7.5, 1234.5]) {
      const lower = Math.fround(score);
      const higher = lower + 2 ** (Math.floor(Math.log2(lower)) - 23);
      expect(higher * bundleWeight(1)).toBeGreaterThan(lower * bundleWeight(255));
    }
  });
});

describe('newestFirst', () => {
  const result = (name: string, bundle: number, position: number) => ({ name, score: position * bundleWeight(bundle) });

  it('puts the newest bundle first, each bundle in its own order, newest first', () => {
    const merged = [result('c3', 3, 3), result('a3', 1, 3), result('b2', 2, 2), result('c1', 3, 1), result('a1', 1, 1), result('b1', 2, 1)];
    expect(newestFirst(merged, 3).map((r) => r.name)).toEqual(['c3', 'c1', 'b2', 'b1', 'a3', 'a1']);
  });

  it('keeps what it cannot place after the rest, in its order', () => {
    const merged = [{ name: 'x', score: 0 }, result('a1', 1, 1), { name: 'y', score: 7 }];
    expect(newestFirst(merged, 1).map((r) => r.name)).toEqual(['a1', 'x', 'y']);
  });
});
