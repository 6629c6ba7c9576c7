import { afterEach, describe, expect, it, vi } from 'vitest';
import { PAGES_PER_BUNDLE, pagesPerBundle } from '../../scripts/build/search-index.ts';

describe('pagesPerBundle', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('is the default unless ARABIC_NEWS_SEARCH_BUNDLE_PAGES sets a number, or Infinity for one bundle', () => {
    vi.stubEnv('ARABIC_NEWS_SEARCH_BUNDLE_PAGES', undefined);
    expect(pagesPerBundle()).toBe(PAGES_PER_BUNDLE);
    vi.stubEnv('ARABIC_NEWS_SEARCH_BUNDLE_PAGES', '8');
    expect(pagesPerBundle()).toBe(8);
    vi.stubEnv('ARABIC_NEWS_SEARCH_BUNDLE_PAGES', 'Infinity');
    expect(pagesPerBundle()).toBe(Infinity);
  });

  it('names the variable and what it expects when it is not a size', () => {
    for (const bad of ['0', 'many', '']) {
      vi.stubEnv('ARABIC_NEWS_SEARCH_BUNDLE_PAGES', bad);
      expect(() => pagesPerBundle()).toThrow(
        `ARABIC_NEWS_SEARCH_BUNDLE_PAGES: expected a number of articles of at least 1 (or Infinity), not "${bad}"`,
      );
    }
  });
});
