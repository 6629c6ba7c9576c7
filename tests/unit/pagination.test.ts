import { describe, expect, it } from 'vitest';
import {
  archivePageNav,
  firstPageNav,
  listingPage,
  listingPageParams,
  olderPage,
  PAGE_SIZE,
  pageTitle,
} from '../../src/lib/listing/pagination.ts';
import { listingPagePath } from '../../src/lib/site/urls.ts';

/** Items 1..n, newest first: item k is the k-th oldest. */
const items = (n: number) => Array.from({ length: n }, (_, i) => n - i);
const range = (from: number, to: number) => Array.from({ length: from - to + 1 }, (_, i) => from - i);

/** Every page of a listing with its `[...page]` parameter, as the routes list and find them. */
const listingPages = (newestFirst: number[]) =>
  listingPageParams(newestFirst.length).map((page) => ({ page, listing: listingPage(newestFirst, page)! }));

/** A listing's pages seen whole: the first page's items, the archive pages' (page 1 first) and its "older" page. */
function stableListing(newestFirst: number[]) {
  const pages = listingPages(newestFirst).map(({ listing }) => listing);
  const first = pages.find((listing) => listing.kind === 'first')!;
  const archive = pages.flatMap((listing) => (listing.kind === 'archive' ? [listing.articles] : []));
  return { first: first.articles, archive, older: first.nav.older ?? 0 };
}

describe('listingPagePath', () => {
  it('gives the first page the listing’s own URL and archive pages their number', () => {
    expect(listingPagePath('/topics/russia-ukraine-war/', 'first')).toBe('/topics/russia-ukraine-war/');
    expect(listingPagePath('/topics/russia-ukraine-war/', 1)).toBe('/topics/russia-ukraine-war/1/');
    expect(listingPagePath('/articles/', 12)).toBe('/articles/12/');
  });
});

describe('a stable listing', () => {
  it('shows the newest 20 first and numbers full archive pages from the oldest, each newest first', () => {
    const { first, archive, older } = stableListing(items(45));
    expect(first).toEqual(range(45, 26));
    expect(archive).toEqual([range(20, 1), range(40, 21)]);
    expect(older).toBe(2);
  });

  it('makes no archive page of fewer than 20, and the first page shows them', () => {
    expect(stableListing(items(19))).toEqual({ first: range(19, 1), archive: [], older: 0 });
    expect(stableListing([])).toEqual({ first: [], archive: [], older: 0 });
  });

  it('links the first page to the newest archive page it does not repeat whole', () => {
    // 40 items: archive page 2 is exactly the first page, so "older" opens page 1.
    expect(stableListing(items(40)).older).toBe(1);
    expect(stableListing(items(41)).older).toBe(2);
    expect(stableListing(items(20)).older).toBe(0);
    for (const n of [0, 1, 19, 20, 21, 39, 40, 41, 500]) expect(olderPage(n)).toBe(stableListing(items(n)).older);
  });

  it('puts every item on a page, and the first page with pages 1 to `older` holds them all', () => {
    for (let n = 0; n <= 130; n++) {
      const { first, archive, older } = stableListing(items(n));
      expect(new Set([...first, ...archive.flat()]).size).toBe(n);
      // Following "older" from the first page down to page 1 misses nothing.
      expect(new Set([...first, ...archive.slice(0, older).flat()]).size).toBe(n);
    }
  });

  it('keeps every archive page as it was when a newer item is added, and adds one every 20th', () => {
    for (let n = 0; n <= 130; n++) {
      const before = stableListing(items(n)).archive;
      const after = stableListing(items(n + 1)).archive;
      expect(after.slice(0, before.length)).toEqual(before);
      expect(after.length - before.length).toBe((n + 1) % PAGE_SIZE === 0 ? 1 : 0);
    }
  });
});

describe('navigation', () => {
  it('leads from the first page to the older page, with a bar down to page 1', () => {
    expect(firstPageNav(0)).toEqual({ current: 'first', newer: undefined, older: undefined, items: ['first'] });
    expect(firstPageNav(1).items).toEqual(['first', 1]);
    expect(firstPageNav(3).items).toEqual(['first', 3, 2, 1]);
    expect(firstPageNav(12)).toEqual({ current: 'first', newer: undefined, older: 12, items: ['first', 12, 'gap', 1] });
  });

  it('links an archive page to its neighbours, the first page and page 1, from its number alone', () => {
    expect(archivePageNav(1)).toEqual({ current: 1, newer: 2, older: undefined, items: ['first', 2, 1] });
    expect(archivePageNav(4).items).toEqual(['first', 5, 4, 3, 2, 1]);
    expect(archivePageNav(7)).toEqual({ current: 7, newer: 8, older: 6, items: ['first', 8, 7, 6, 'gap', 1] });
  });

  it('keeps the bar short at hundreds of pages', () => {
    expect(archivePageNav(250).items).toEqual(['first', 251, 250, 249, 'gap', 1]);
    expect(firstPageNav(500).items).toEqual(['first', 500, 'gap', 1]);
    expect(archivePageNav(250, 2).items).toEqual(['first', 251, 250, 249, 248, 'gap', 1]);
  });

  it('shows a single missing page instead of a gap that hides only one', () => {
    expect(archivePageNav(4).items).not.toContain('gap');
    expect(firstPageNav(3, 1).items).toEqual(['first', 3, 2, 1]);
  });
});

describe('listingPages', () => {
  const kinds = (n: number) => listingPages(items(n)).map(({ page, listing }) => [page, listing.kind]);

  it('has a first page, the full archive pages and, once there is one, the page being filled', () => {
    expect(kinds(0)).toEqual([[undefined, 'first']]);
    expect(kinds(19)).toEqual([[undefined, 'first']]);
    expect(kinds(20)).toEqual([
      [undefined, 'first'],
      ['1', 'archive'],
      ['2', 'pending'],
    ]);
    expect(kinds(45)).toEqual([
      [undefined, 'first'],
      ['1', 'archive'],
      ['2', 'archive'],
      ['3', 'pending'],
    ]);
  });

  it('counts the listing on the first page only', () => {
    const [first, archive] = listingPages(items(45));
    expect(first!.listing).toMatchObject({ kind: 'first', total: 45 });
    expect(archive!.listing).not.toHaveProperty('total');
  });

  it('leaves every archive page as it was when an article is added: only the first page and the page being filled change', () => {
    for (let n = 0; n <= 130; n++) {
      const before = new Map(listingPages(items(n)).map(({ page, listing }) => [page, JSON.stringify(listing)]));
      const after = new Map(listingPages(items(n + 1)).map(({ page, listing }) => [page, JSON.stringify(listing)]));
      const changed = [...after].filter(([page, listing]) => before.get(page) !== listing).map(([page]) => page);
      const filled = (n + 1) % PAGE_SIZE === 0 ? (n + 1) / PAGE_SIZE : undefined;
      // The first page; and every 20th article the page being filled becomes an archive page and the next one starts.
      expect(changed).toEqual(filled === undefined ? [undefined] : [undefined, String(filled), String(filled + 1)]);
      for (const page of before.keys()) expect(after.has(page)).toBe(true);
    }
  });

  it('finds one page from its parameter alone, and no page that the listing does not have', () => {
    for (let n = 0; n <= 65; n++) {
      const all = listingPages(items(n));
      expect(all.map(({ page }) => page)).toEqual(listingPageParams(n));
      for (const { page, listing } of all) expect(listingPage(items(n), page)).toEqual(listing);
    }
    for (const page of ['0', '-1', '01', '1.5', 'x', '', '4']) expect(listingPage(items(45), page), page).toBeUndefined();
  });

  it('pages by twenty', () => {
    expect(PAGE_SIZE).toBe(20);
  });
});

describe('pageTitle', () => {
  it('names an archive page by its number', () => {
    expect(pageTitle('كل المقالات', 'first')).toBe('كل المقالات');
    expect(pageTitle('كل المقالات', 3)).toBe('كل المقالات: الصفحة 3');
  });
});
