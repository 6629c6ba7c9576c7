import { describe, expect, it } from 'vitest';
import { highlightLink, readSearch, writeSearch } from '../../src/lib/search/url.ts';

describe('readSearch and writeSearch', () => {
  it('read the query, filters and sort from a shared link', () => {
    const state = readSearch(new URLSearchParams('q=%D9%83%D9%88%D8%B1%D8%B3%D9%83&topic=a&topic=b&year=2025&sort=newest'));
    expect(state).toEqual({ query: 'كورسك', filters: { topic: ['a', 'b'], source: [], year: ['2025'] }, sort: 'newest' });
  });

  it('write back the same link', () => {
    const search = '?q=%D9%83%D9%88%D8%B1%D8%B3%D9%83&topic=a&topic=b&year=2025&sort=newest';
    expect(writeSearch(readSearch(new URLSearchParams(search)))).toBe(search);
  });

  it('default to relevance and an empty query, and write nothing for an empty search', () => {
    const state = readSearch(new URLSearchParams(''));
    expect(state.sort).toBe('relevance');
    expect(writeSearch(state)).toBe('');
  });
});

describe('highlightLink', () => {
  it('adds a text fragment for each matched word, encoded', () => {
    expect(highlightLink('/articles/a/', ['كورسك'])).toBe('/articles/a/#:~:text=%D9%83%D9%88%D8%B1%D8%B3%D9%83');
    expect(highlightLink('/articles/a/', ['Uran-6', 'Uran-6'])).toBe('/articles/a/#:~:text=Uran%2D6');
  });

  it('leaves the link alone when nothing matched', () => {
    expect(highlightLink('/articles/a/', [])).toBe('/articles/a/');
  });
});
