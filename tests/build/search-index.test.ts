import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filterGroups, findResults, loadPage, preparePagefind, resultView, type Pagefind } from '../../src/lib/search/pagefind-adapter.ts';
import type { SearchState } from '../../src/lib/search/url.ts';

// The search page's adapter against the real thing: the pagefind.js and index that
// `npm run build` writes, loaded in Node with its files served from disk. The unit tests use
// a fake shaped like Pagefind's API; this is where the fake and Pagefind must agree.
const work = mkdtempSync(join(tmpdir(), 'search-index-'));
const out = join(work, 'dist');
const realFetch = globalThis.fetch;
let pagefind: Pagefind;

beforeAll(async () => {
  const env = { ...process.env, ARABIC_NEWS_OUT_DIR: out, ARABIC_NEWS_CACHE_DIR: join(work, 'cache') };
  await promisify(execFile)(process.execPath, ['scripts/build.ts'], { env, maxBuffer: 64 * 1024 * 1024 });
  // pagefind.js fetches its index next to itself, by file: URL here.
  globalThis.fetch = ((input: string | URL) => {
    const url = String(input);
    return url.startsWith('file:') ? Promise.resolve(new Response(readFileSync(fileURLToPath(url)))) : realFetch(input);
  }) as typeof fetch;
  const module = (await import(/* @vite-ignore */ pathToFileURL(join(out, 'pagefind', 'pagefind.js')).href)) as Pagefind;
  pagefind = await preparePagefind(module);
  // In a browser Pagefind takes the site's root from the script's address; from a file it
  // would prefix every result's URL with that file's path. Set after init has begun: before
  // it, pagefind.js keeps only the last options() call, and would drop the page's own.
  await (module as unknown as { options(options: { baseUrl: string }): Promise<void> }).options({ baseUrl: '/' });
}, 120_000);
afterAll(() => {
  globalThis.fetch = realFetch;
  rmSync(work, { recursive: true, force: true });
});

const state = (query: string, more: Partial<SearchState> = {}): SearchState => ({
  query,
  filters: { topic: [], source: [], year: [] },
  sort: 'relevance',
  ...more,
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
