import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filterGroups, findResults, loadPage, resultView, type Pagefind } from '../../src/lib/search/pagefind-adapter.ts';
import type { SearchState } from '../../src/lib/search/url.ts';
import { fetchFilesFromDisk, searchState as state, siteSearch } from './site-search.ts';

// The search page's adapter against the real thing: the pagefind.js and index that
// `npm run build` writes, loaded in Node with its files served from disk. The unit tests use
// a fake shaped like Pagefind's API; this is where the fake and Pagefind must agree.
const work = mkdtempSync(join(tmpdir(), 'search-index-'));
const out = join(work, 'dist');
let restoreFetch: () => void;
let pagefind: Pagefind;

beforeAll(async () => {
  // Bundles of two articles or more: the five seed articles make two, searched together.
  const env = {
    ...process.env,
    ARABIC_NEWS_OUT_DIR: out,
    ARABIC_NEWS_CACHE_DIR: join(work, 'cache'),
    ARABIC_NEWS_SEARCH_BUNDLE_PAGES: '2',
  };
  await promisify(execFile)(process.execPath, ['scripts/build.ts'], { env, maxBuffer: 64 * 1024 * 1024 });
  restoreFetch = fetchFilesFromDisk();
  pagefind = await siteSearch(out);
}, 120_000);
afterAll(() => {
  restoreFetch();
  rmSync(work, { recursive: true, force: true });
});

const shown = async (query: string, more: Partial<SearchState> = {}) => {
  const found = await findResults(pagefind, state(query, more), () => false);
  return (await loadPage(found!.results, 0)).map((data) => resultView(data, found!.words));
};

describe('the built search index, searched as the search page does', () => {
  it('finds the articles that name a word, newest first when asked', async () => {
    const byRelevance = await shown('كورسك');
    const newest = await shown('كورسك', { sort: 'newest' });
    expect(byRelevance.length).toBeGreaterThan(1);
    expect(newest.map((v) => v.href).sort()).toEqual(byRelevance.map((v) => v.href).sort());
    expect(newest.map((v) => v.date)).toEqual(
      newest
        .map((v) => v.date)
        .sort()
        .reverse(),
    );
    for (const view of newest) {
      expect(view.href).toMatch(/^\/articles\/[a-z0-9-]+\/#:~:text=/);
      expect([view.title, view.outlet, view.dateText].every(Boolean)).toBe(true);
      expect(view.marked).toBeGreaterThan(0);
    }
  });

  it('narrows by a filter value Pagefind offers', async () => {
    const [sources] = filterGroups(await pagefind.filters(), state('')).filter((g) => g.name === 'source');
    const outlet = sources!.values[0]!.value;
    const narrowed = await shown('كورسك', { filters: { topic: [], source: [outlet], year: [] } });
    expect(narrowed.length).toBeGreaterThan(0);
    expect(narrowed.every((view) => view.outlet === outlet)).toBe(true);
  });

  it('shows nothing for a word no article has, though Pagefind matched a shorter one', async () => {
    // No article has «موسكوف»; Pagefind shortens it until «موسكو» matches.
    const raw = await pagefind.debouncedSearch('موسكوف', { filters: {} }, 0);
    expect(raw!.results.length).toBeGreaterThan(0);
    expect(await shown('موسكوف')).toEqual([]);
  });

  it('finds a name written with a particle before it, on the retry', async () => {
    const found = await findResults(pagefind, state('وبودانوف'), () => false);
    expect(found?.words).toEqual(['بودانوف']);
    expect(found?.results.length).toBeGreaterThan(0);
  });
});
