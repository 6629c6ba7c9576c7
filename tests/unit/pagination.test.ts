import { describe, expect, it } from 'vitest';
import { PAGE_SIZE, pageItems } from '../../src/lib/listing/pagination.ts';
import { listingPagePath } from '../../src/lib/site/urls.ts';

describe('listingPagePath', () => {
  it('gives page 1 the listing’s own URL and later pages a number', () => {
    expect(listingPagePath('/topics/russia-ukraine-war/', 1)).toBe('/topics/russia-ukraine-war/');
    expect(listingPagePath('/topics/russia-ukraine-war/', 2)).toBe('/topics/russia-ukraine-war/2/');
    expect(listingPagePath('/articles/', 12)).toBe('/articles/12/');
  });
});

describe('pageItems', () => {
  it('lists every page when there are few', () => {
    expect(pageItems(1, 1)).toEqual([1]);
    expect(pageItems(2, 3)).toEqual([1, 2, 3]);
  });

  it('shows first, last and the neighbours of the current page, with gaps between', () => {
    expect(pageItems(6, 12)).toEqual([1, 'gap', 5, 6, 7, 'gap', 12]);
    expect(pageItems(1, 12)).toEqual([1, 2, 'gap', 12]);
    expect(pageItems(12, 12)).toEqual([1, 'gap', 11, 12]);
  });

  it('shows a single missing page instead of a gap that hides only one', () => {
    expect(pageItems(4, 12)).toEqual([1, 2, 3, 4, 5, 'gap', 12]);
  });

  it('lists nothing for an empty listing', () => {
    expect(pageItems(1, 0)).toEqual([]);
  });

  it('pages by twenty', () => {
    expect(PAGE_SIZE).toBe(20);
  });
});
