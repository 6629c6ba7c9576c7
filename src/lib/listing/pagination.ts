/** Articles on one listing page: enough to scan, few enough for a cheap phone. */
export const PAGE_SIZE = 20;

/*
 * A listing cut into pages that do not move when an article is added. The first page shows the
 * newest `size` items; archive pages are numbered from the oldest, so page 1 holds the oldest
 * `size` items and keeps them for ever, and a new item only ever fills the page after the last
 * full one. Only full pages are archive pages: the newest items that do not fill one are on the
 * first page, which always shows the newest `size`, so every item is on some page.
 */

/**
 * The archive page the first page's "older" link opens: the newest one with an item the first
 * page does not show (when the count is a multiple of `size`, the newest archive page shows
 * exactly what the first page shows). 0 when the first page shows everything.
 */
export const olderPage = (total: number, size = PAGE_SIZE): number => Math.max(0, Math.ceil(total / size) - 1);

/** A page of a listing: its first page, or archive page n (1 is the oldest). */
export type PageRef = 'first' | number;
/** An entry of a pagination bar: a page, or a mark that pages are left out. */
export type PageItem = PageRef | 'gap';

/** How a listing page links to the others. */
export interface PageNav {
  current: PageRef;
  /** The page of the articles just newer (rel="prev"): none on the first page. */
  newer: PageRef | undefined;
  /** The page of the articles just older (rel="next"): none on the oldest page. */
  older: number | undefined;
  /** The bar, newest first: the first page, then archive pages by falling number. */
  items: PageItem[];
}

/**
 * Archive page numbers, highest first, with a gap where numbers are left out ("8 7 6 … 1").
 * A gap never stands for a single page: that page is shown instead.
 */
function descending(shown: Iterable<number>): PageItem[] {
  const sorted = [...new Set(shown)].filter((n) => n >= 1).sort((a, b) => b - a);
  const items: PageItem[] = [];
  sorted.forEach((n, i) => {
    const previous = sorted[i - 1];
    if (previous !== undefined && previous - n === 2) items.push(n + 1);
    else if (previous !== undefined && previous - n > 2) items.push('gap');
    items.push(n);
  });
  return items;
}

/** `count` archive pages from `from` downwards, and page 1. */
const downFrom = (from: number, count: number) => [1, ...Array.from({ length: count }, (_, i) => from - i)];

/**
 * The first page's links: its "older" page (StableListing's `older`) and a bar from the first
 * page down to archive page 1. The first page changes with every new article anyway, so it may
 * depend on how many pages there are.
 */
export function firstPageNav(older: number, around = 1): PageNav {
  return {
    current: 'first',
    newer: undefined,
    older: older > 0 ? older : undefined,
    items: ['first', ...(older > 0 ? descending(downFrom(older, around)) : [])],
  };
}

/**
 * An archive page's links, from its own number alone, so that its bytes never change when pages
 * are added after it: the first page, page n + 1 (the newer neighbour; for the newest archive
 * page, the page being filled, whose address opens the first page until it is full), n itself,
 * `around` older pages and page 1. No bar names the last page: that would change every page.
 */
export function archivePageNav(n: number, around = 1): PageNav {
  return {
    current: n,
    newer: n + 1,
    older: n > 1 ? n - 1 : undefined,
    items: ['first', ...descending([n + 1, ...downFrom(n, around + 1)])],
  };
}

/** A listing page's title: the listing's name, and on an archive page its number. */
export const pageTitle = (name: string, page: PageRef): string => (page === 'first' ? name : `${name}: الصفحة ${page}`);

/**
 * What one page of a listing shows. An archive page carries only what stays true when articles
 * are added after it (its number, its articles, links found from its number): no count of the
 * listing, no last page.
 */
export type ListingPage<T> =
  | { kind: 'first'; articles: T[]; total: number; nav: PageNav }
  | { kind: 'archive'; number: number; articles: T[]; nav: PageNav }
  /** The page after the newest full archive page, still filling: it opens the first page. */
  | { kind: 'pending'; number: number };

/**
 * The `[...page]` route parameter of every page of a listing of `total` items: the first page
 * (no parameter), each full archive page ("1" is the oldest) and, once there is an archive
 * page, the page being filled. Only the count is needed, so paths can be listed without
 * holding any page's items.
 */
export function listingPageParams(total: number, size = PAGE_SIZE): (string | undefined)[] {
  const full = Math.floor(total / size);
  return [undefined, ...Array.from({ length: full }, (_, i) => String(i + 1)), ...(full > 0 ? [String(full + 1)] : [])];
}

/**
 * One page of a listing (items newest first), found from its `[...page]` parameter, cutting out
 * only that page's items; undefined when the listing has no such page. Archive page n holds
 * the n-th `size` items counted from the oldest.
 */
export function listingPage<T>(newestFirst: readonly T[], page: string | undefined, size = PAGE_SIZE): ListingPage<T> | undefined {
  const total = newestFirst.length;
  if (page === undefined) return { kind: 'first', articles: newestFirst.slice(0, size), total, nav: firstPageNav(olderPage(total, size)) };
  const n = Number(page);
  const full = Math.floor(total / size);
  if (!Number.isInteger(n) || n < 1 || String(n) !== page) return undefined;
  if (n <= full)
    return { kind: 'archive', number: n, articles: newestFirst.slice(total - n * size, total - (n - 1) * size), nav: archivePageNav(n) };
  if (n === full + 1 && full > 0) return { kind: 'pending', number: n };
  return undefined;
}
