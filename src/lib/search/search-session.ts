/**
 * The search page's worker side: one reader's searches, run against the index and turned into
 * results ready to draw. It runs in a Web Worker (src/scripts/search-worker.ts), so that
 * loading Pagefind, searching, and reading whole articles to mark excerpts never hold up the
 * page's main thread; the page only draws what comes back. No DOM here, and nothing that
 * cannot cross postMessage in what it returns.
 */
import type { Lexicon } from './extras.ts';
import {
  findResults,
  loadPage,
  resultView,
  type Pagefind,
  type PagefindFilterCounts,
  type PagefindResult,
  type ResultView,
} from './pagefind-adapter.ts';
import { wordsToMark } from './query.ts';
import type { SearchState } from './url.ts';

/** What the page asks. `id` numbers the reader's searches; `more` continues search `id`. */
export type SearchRequest = { kind: 'search'; id: number; state: SearchState } | { kind: 'more'; id: number } | { kind: 'filters' };

/** What the worker answers. A search overtaken by a newer one gets no answer at all. */
export type SearchReply =
  | {
      kind: 'results';
      id: number;
      /** True for a search's first page (the list is replaced), false for "more" (it grows). */
      first: boolean;
      total: number;
      views: ResultView[];
      hasMore: boolean;
      /** True when no result holds every word of the query: these hold some (Found.missing). */
      partial: boolean;
    }
  | { kind: 'filters'; counts: PagefindFilterCounts }
  /** The index could not be loaded or read: search is unavailable. */
  | { kind: 'unavailable'; id?: number };

export const NO_LEXICON: Lexicon = { entities: [], plurals: [] };

interface Current {
  id: number;
  words: string[];
  results: PagefindResult[];
  shown: number;
  /** For a partial answer: by result id, the words it lacks, as the reader typed them. */
  missing?: ReadonlyMap<string, string[]>;
}

/**
 * The reader's own words for the searched ones, to name those a result lacks: the query as
 * typed when it has as many words, else the searched forms (numbers in words become one).
 */
function typedWords(query: string, words: readonly string[]): readonly string[] {
  const typed = query.trim().split(/\s+/);
  return typed.length === words.length ? typed : words;
}

export class SearchSession {
  #latest = 0;
  #current: Current | undefined;
  #lexicon: Lexicon | undefined;

  constructor(
    private readonly pagefind: Pagefind,
    /** Entity spellings and plurals, fetched only when an excerpt has nothing marked without them. */
    private readonly loadLexicon: () => Promise<Lexicon>,
  ) {}

  /** Answers one request; undefined when there is nothing to say (a stale search). */
  async answer(request: SearchRequest): Promise<SearchReply | undefined> {
    switch (request.kind) {
      case 'search':
        return this.#search(request.id, request.state);
      case 'more':
        return this.#more(request.id);
      case 'filters':
        return { kind: 'filters', counts: await this.pagefind.filters().catch(() => ({})) };
    }
  }

  async #search(id: number, state: SearchState): Promise<SearchReply | undefined> {
    this.#latest = id;
    const stale = () => id !== this.#latest;
    // Pagefind fails every search when a bundle of the index could not be loaded.
    const found = await findResults(this.pagefind, state, stale).catch(() => null);
    if (found === null) return stale() ? undefined : { kind: 'unavailable', id };
    if (!found || stale()) return undefined;
    const names = typedWords(state.query, found.words);
    const missing = found.missing && new Map([...found.missing].map(([result, lacks]) => [result, lacks.map((i) => names[i]!)]));
    this.#current = { id, words: found.words, results: found.results, shown: 0, ...(missing ? { missing } : {}) };
    return this.#nextPage(this.#current, true);
  }

  async #more(id: number): Promise<SearchReply | undefined> {
    const current = this.#current;
    return current && current.id === id && id === this.#latest ? this.#nextPage(current, false) : undefined;
  }

  async #nextPage(current: Current, first: boolean): Promise<SearchReply | undefined> {
    const stale = () => current.id !== this.#latest;
    const page = await loadPage(current.results, current.shown);
    if (stale()) return undefined;
    const lacking = current.results.slice(current.shown, current.shown + page.length).map((result) => current.missing?.get(result.id));
    const withMissing = (view: ResultView, i: number): ResultView => (lacking[i]?.length ? { ...view, missing: lacking[i] } : view);
    let views = page.map((data, i) => withMissing(resultView(data, wordsToMark(current.words, this.#lexicon ?? NO_LEXICON)), i));
    // An excerpt with nothing marked holds the words in another spelling: an alias or a plural.
    if (views.some((view) => view.marked === 0) && !this.#lexicon) {
      this.#lexicon = await this.loadLexicon();
      if (stale()) return undefined;
      const marking = wordsToMark(current.words, this.#lexicon);
      views = page.map((data, i) => withMissing(resultView(data, marking), i));
    }
    current.shown += page.length;
    return {
      kind: 'results',
      id: current.id,
      first,
      total: current.results.length,
      views,
      hasMore: current.shown < current.results.length,
      partial: current.missing !== undefined,
    };
  }
}
