import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSearchIndex } from '../../scripts/build/search-index.ts';
import { generateCorpus } from '../../scripts/generate-corpus.ts';
import { parseBundleList, type SearchBundle } from '../../src/lib/search/bundles.ts';
import { findResults, loadPage, resultView, type Pagefind } from '../../src/lib/search/pagefind-adapter.ts';
import { EXACT_QUERIES, HELD_OUT, QUERIES } from '../e2e/search-queries.ts';
import type { SearchState } from '../../src/lib/search/url.ts';
import { fetchFilesFromDisk, searchState as state, siteSearch } from './site-search.ts';

// The search index in bundles, each built by a process of its own, against one index of the
// same pages: same results, filters, date order and excerpts; the best match first whatever
// bundle holds it; and only the bundles whose pages changed built again.

// 60 articles, one a day to 31 December 2025, in bundles of 6 to 12. No more than the search
// page checks one by one for a retried query (RETRY_CHECKED): beyond that, which results it
// keeps would depend on their order.
const ARTICLES = 60;
const PER_BUNDLE = 6;
/** In one article, the newest. */
const ONE_BUNDLE_WORD = 'ألغامهم';
/** Each in a third of the articles; each article's best match in another bundle. */
const WORDS = ['زلزال', 'بركان', 'إعصار'];
const work = mkdtempSync(join(tmpdir(), 'search-bundles-'));
const dist = join(work, 'dist');
const single = join(work, 'single');
/** The build's search forms, which the pages carry only the digests of. */
const extras = join(work, 'cache', 'search-extras');
let restoreFetch: () => void;
let bundled: Pagefind;
let oneIndex: Pagefind;
let bundles: SearchBundle[];
/** The article each word's best match was written into, by the word's index. */
const best: string[] = [];

/** The generated articles, with the words above. */
function writeContent(content: string) {
  generateCorpus(ARTICLES, work);
  const folder = join(content, 'articles');
  const files = readdirSync(folder)
    .map((name) => ({ name, text: readFileSync(join(folder, name), 'utf8') }))
    .map((file) => ({ ...file, date: /^date: (\S+)$/m.exec(file.text)![1]! }))
    .sort((a, b) => a.date.localeCompare(b.date));
  for (const [i, file] of files.entries()) {
    let text = `${file.text.trimEnd()}\n\nوذكر التقرير كلمة ${WORDS[i % 3]} في سياق آخر.\n`;
    // The oldest word's best match in the oldest articles, the next in the middle, the last newest.
    // A word of the newest article alone, so of one bundle only.
    if (i === files.length - 1) text += `\nوأشار التقرير إلى ${ONE_BUNDLE_WORD} قرب الحدود.\n`;
    const bestFor = [5, 30, 55].indexOf(i);
    if (bestFor >= 0) {
      const word = WORDS[bestFor]!;
      text += `\n## ${word}\n\n${Array(8).fill(word).join(' و')} في كل مكان.\n`;
      best[bestFor] = `/articles/${file.name.replace(/\.mdx$/, '')}/`;
    }
    writeFileSync(join(folder, file.name), text);
  }
}

beforeAll(async () => {
  const content = join(work, 'content');
  writeContent(content);
  const env = {
    ...process.env,
    ARABIC_NEWS_CONTENT_DIR: content,
    ARABIC_NEWS_OUT_DIR: dist,
    ARABIC_NEWS_CACHE_DIR: join(work, 'cache'),
    ARABIC_NEWS_SEARCH_BUNDLE_PAGES: String(PER_BUNDLE),
  };
  await promisify(execFile)(process.execPath, ['scripts/build.ts'], { env, maxBuffer: 64 * 1024 * 1024 });
  const listFile = join(dist, 'pagefind', 'bundles.json');
  bundles = parseBundleList(readFileSync(listFile, 'utf8'), listFile);
  // The same pages, indexed as one bundle: one Pagefind index of every article.
  mkdirSync(single);
  symlinkSync(join(dist, 'articles'), join(single, 'articles'));
  await writeSearchIndex(single, { pagesPerBundle: Infinity, extras });
  restoreFetch = fetchFilesFromDisk();
  [bundled, oneIndex] = await Promise.all([siteSearch(dist), siteSearch(single)]);
}, 240_000);
afterAll(() => {
  restoreFetch();
  rmSync(work, { recursive: true, force: true });
});

/** Every result's address, in order; and the first page as the search page shows it. */
async function search(pagefind: Pagefind, query: string, more: Partial<SearchState> = {}) {
  const found = await findResults(pagefind, state(query, more), () => false);
  const urls = await Promise.all(found!.results.map(async (r) => (await r.data()).url));
  const shown = (await loadPage(found!.results, 0)).map((data) => resultView(data, found!.words));
  return { urls, shown };
}
const bundleOf = (url: string) => {
  const date = /"date:(\d{4}-\d{2}-\d{2})"/.exec(readFileSync(join(dist, url, 'index.html'), 'utf8'))![1]!;
  return bundles.findIndex((b) => b.from <= date && date <= b.to);
};
const QUERY_SUITE = [...Object.values(QUERIES), EXACT_QUERIES, ...Object.values(HELD_OUT)].flat().map(([query]) => query);

describe('the search index in bundles', () => {
  it('is several bundles of whole days, from oldest to newest', () => {
    expect(bundles.length).toBeGreaterThanOrEqual(4);
    expect(bundles.reduce((sum, b) => sum + b.pages, 0)).toBe(ARTICLES);
    for (const b of bundles) expect(b.pages).toBeGreaterThanOrEqual(PER_BUNDLE);
  });

  it('ranks the best match first whatever bundle holds it', async () => {
    expect(new Set(best.map(bundleOf))).toEqual(new Set([0, Math.floor(bundles.length / 2), bundles.length - 1]));
    for (const [i, word] of WORDS.entries()) {
      const { urls } = await search(bundled, word);
      // A third of the articles, and the best match, which has another word of the three.
      expect(urls.length).toBe(ARTICLES / 3 + 1);
      expect(urls[0]).toBe(best[i]);
      // The other matches come from every bundle, not only the best match's.
      expect(new Set(urls.map(bundleOf)).size).toBe(bundles.length);
    }
  });

  it('finds only the pages with every word when one word is in one bundle only', async () => {
    // Pagefind leaves a word out of a bundle that has no page with it: every other bundle
    // would answer with all its pages with "كورسك".
    for (const sort of ['relevance', 'newest'] as const) {
      const [inBundles, inOne] = await Promise.all([
        search(bundled, `كورسك ${ONE_BUNDLE_WORD}`, { sort }),
        search(oneIndex, `كورسك ${ONE_BUNDLE_WORD}`, { sort }),
      ]);
      expect(inOne.urls).toHaveLength(1);
      expect(inBundles.urls).toEqual(inOne.urls);
    }
  });

  it('puts results newest first across bundles, as one index does', async () => {
    for (const query of ['كورسك', WORDS[1]!, 'بيونغ يانغ']) {
      const [inBundles, inOne] = await Promise.all([
        search(bundled, query, { sort: 'newest' }),
        search(oneIndex, query, { sort: 'newest' }),
      ]);
      expect(inBundles.urls.length).toBeGreaterThan(PER_BUNDLE * 2);
      expect(inBundles.urls).toEqual(inOne.urls);
      const dates = inBundles.shown.map((v) => v.date);
      expect(dates).toEqual([...dates].sort().reverse());
    }
  });

  it('finds what one index finds for every query of the query suite, with the same excerpts', async () => {
    for (const query of [...QUERY_SUITE, ...WORDS]) {
      const [inBundles, inOne] = await Promise.all([search(bundled, query), search(oneIndex, query)]);
      expect([query, [...inBundles.urls].sort()]).toEqual([query, [...inOne.urls].sort()]);
      const byUrl = new Map(inOne.shown.map((v) => [v.href, v]));
      for (const view of inBundles.shown) if (byUrl.has(view.href)) expect(view).toEqual(byUrl.get(view.href));
    }
  }, 60_000);

  it('offers the same filters, and narrows by them as one index does', async () => {
    const filters = await bundled.filters();
    expect(filters).toEqual(await oneIndex.filters());
    const year = Object.keys(filters.year!)[0]!;
    const source = Object.keys(filters.source!)[0]!;
    for (const chosen of [{ year: [year] }, { source: [source] }, { topic: Object.keys(filters.topic!).slice(0, 1) }]) {
      const more = { filters: { topic: [], source: [], year: [], ...chosen } };
      const [inBundles, inOne] = await Promise.all([search(bundled, 'كورسك', more), search(oneIndex, 'كورسك', more)]);
      expect(inBundles.urls.length).toBeGreaterThan(0);
      expect([...inBundles.urls].sort()).toEqual([...inOne.urls].sort());
    }
  });
});

describe('a bundle whose pages did not change', () => {
  const published = () => [join(dist, 'pagefind', 'bundles')];
  /** The built site's article pages in a folder of their own, to change and index again. */
  function copyOfSite(name: string): string {
    const site = join(work, name);
    cpSync(join(dist, 'articles'), join(site, 'articles'), { recursive: true });
    return site;
  }
  const names = () => bundles.map((b) => b.name);

  it('is copied from the last build, not built again', async () => {
    const done = await writeSearchIndex(copyOfSite('same'), { reuseFrom: published(), pagesPerBundle: PER_BUNDLE, extras });
    expect(done).toEqual({ pages: ARTICLES, built: [], reused: names() });
    expect(readFileSync(join(work, 'same', 'pagefind', 'bundles.json'), 'utf8')).toBe(
      readFileSync(join(dist, 'pagefind', 'bundles.json'), 'utf8'),
    );
  });

  it('is reused when a newer article is added: only the newest bundle is built', async () => {
    const site = copyOfSite('added');
    const newest = join(site, best[2]!, 'index.html');
    const added = join(site, 'articles', 'a-newer-article');
    mkdirSync(added);
    writeFileSync(join(added, 'index.html'), readFileSync(newest, 'utf8').replace(/"date:\d{4}-\d{2}-\d{2}"/, '"date:2026-01-01"'));
    const done = await writeSearchIndex(site, { reuseFrom: published(), pagesPerBundle: PER_BUNDLE, extras });
    expect(done).toEqual({ pages: ARTICLES + 1, built: names().slice(-1), reused: names().slice(0, -1) });
  });

  it('is reused when an older article is edited: only its bundle is built', async () => {
    const site = copyOfSite('edited');
    const page = join(site, best[0]!, 'index.html');
    writeFileSync(page, readFileSync(page, 'utf8').replace('</h1>', ' (محدّث)</h1>'));
    const done = await writeSearchIndex(site, { reuseFrom: published(), pagesPerBundle: PER_BUNDLE, extras });
    expect(done).toEqual({ pages: ARTICLES, built: names().slice(0, 1), reused: names().slice(1) });
  });
});
