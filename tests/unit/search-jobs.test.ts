import { afterEach, describe, expect, it, vi } from 'vitest';
import { searchJobs } from '../../scripts/build/search-index.ts';

const GB = 2 ** 30;

describe('searchJobs: how many search bundles are built at once', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('is one a core when memory is plenty', () => {
    expect(searchJobs(3000, { cores: 2, memory: 24 * GB })).toBe(2);
    expect(searchJobs(3000, { cores: 4, memory: 64 * GB })).toBe(4);
  });

  it('is as many as fit in memory when each holds what the largest bundle needs', () => {
    // 9,000 articles need about 4.3 GB; 40% of 16 GB holds one of them.
    expect(searchJobs(9000, { cores: 4, memory: 16 * GB })).toBe(1);
    expect(searchJobs(3000, { cores: 8, memory: 16 * GB })).toBe(4);
  });

  it('is at least one, however little memory or however large the bundle', () => {
    expect(searchJobs(100_000, { cores: 2, memory: 2 * GB })).toBe(1);
    expect(searchJobs(0, { cores: 1, memory: 1 * GB })).toBe(1);
  });

  it('is what ARABIC_NEWS_SEARCH_JOBS says, and refuses what is not a whole number of at least one', () => {
    vi.stubEnv('ARABIC_NEWS_SEARCH_JOBS', '3');
    expect(searchJobs(3000, { cores: 1, memory: 1 * GB })).toBe(3);
    for (const bad of ['0', '1.5', 'two', '']) {
      vi.stubEnv('ARABIC_NEWS_SEARCH_JOBS', bad);
      expect(() => searchJobs(3000), bad).toThrow(/ARABIC_NEWS_SEARCH_JOBS: expected a whole number of at least 1, not "/);
    }
  });
});
