/** Articles on one listing page: enough to scan, few enough for a cheap phone. */
export const PAGE_SIZE = 20;

export type PageItem = number | 'gap';

/**
 * The page numbers a pagination bar shows: always the first and last, the current one with
 * `around` neighbours each side, and a gap where numbers are left out ("1 … 4 5 6 … 12").
 * A gap never stands for a single page: that page is shown instead.
 */
export function pageItems(current: number, total: number, around = 1): PageItem[] {
  if (total < 1) return [];
  const shown = new Set<number>([1, total]);
  for (let n = current - around; n <= current + around; n++) {
    if (n >= 1 && n <= total) shown.add(n);
  }
  const sorted = [...shown].sort((a, b) => a - b);
  const items: PageItem[] = [];
  let previous = 0;
  for (const n of sorted) {
    if (n - previous === 2) items.push(n - 1);
    else if (n - previous > 2) items.push('gap');
    items.push(n);
    previous = n;
  }
  return items;
}
