/** The filters a search can narrow by, as named in the index. */
export const SEARCH_FILTERS = ['topic', 'source', 'year'] as const;
export type SearchFilter = (typeof SEARCH_FILTERS)[number];

export interface SearchState {
  query: string;
  filters: Record<SearchFilter, string[]>;
  sort: 'relevance' | 'newest';
}

/** Reads a search from a URL's query string, so every search is a link that can be shared. */
export function readSearch(params: URLSearchParams): SearchState {
  const filters = Object.fromEntries(SEARCH_FILTERS.map((name) => [name, params.getAll(name).filter(Boolean)])) as SearchState['filters'];
  return { query: (params.get('q') ?? '').trim(), filters, sort: params.get('sort') === 'newest' ? 'newest' : 'relevance' };
}

/** Writes a search back into a query string (the inverse of readSearch). */
export function writeSearch(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const name of SEARCH_FILTERS) for (const value of state.filters[name]) params.append(name, value);
  if (state.sort === 'newest') params.set('sort', 'newest');
  const text = params.toString();
  return text ? `?${text}` : '';
}

/**
 * A link to an article that scrolls to and highlights the words the search matched, using the
 * browser's own text fragments (#:~:text=), so the article page itself needs no script.
 */
export function highlightLink(url: string, words: readonly string[]): string {
  const unique = [...new Set(words.map((w) => w.trim()).filter(Boolean))].slice(0, 5);
  if (unique.length === 0) return url;
  return `${url}#:~:${unique.map((w) => `text=${encodeURIComponent(w).replaceAll('-', '%2D')}`).join('&')}`;
}
