/**
 * The search page's side of Pagefind's browser API (`/pagefind/pagefind.js`): what it asks
 * Pagefind, in what order, and what it makes of the answers. No DOM here: the page
 * (src/scripts/search-page.ts) loads the module and the list of bundles, passes them in, and
 * draws what comes back.
 */
import { HOME_PATH } from '../site/urls.ts';
import { bundleOfScore, bundleWeight, newestFirst, type SearchBundle } from './bundles.ts';
import { buildExcerpt } from './excerpt.ts';
import { isRealMatch, isWholeWordMatch, queryForms, retryQuery, searchedWords } from './query.ts';
import { highlightLink, SEARCH_FILTERS, type SearchFilter, type SearchState } from './url.ts';

/** What Pagefind's `data()` gives for one result, as far as the page reads it. */
export interface PagefindResultData {
  url: string;
  /** The page's whole indexed text: the article's, then our index-only forms (search-extras). */
  content: string;
  meta: Record<string, string | undefined>;
}
/** One result before its data is loaded: loading is a fetch, so it is done a page at a time. */
export interface PagefindResult {
  /** The page's id in its index: a hash of its fragment, so the same in every search. */
  id: string;
  /** Pagefind's score times its bundle's weight; results come sorted by it (see bundles.ts). */
  score: number;
  /** Its bundle, 1 for the oldest: known in a search sorted by date (bundleOfScore), not otherwise. */
  bundle?: number;
  data(): Promise<PagefindResultData>;
}
export interface PagefindSearchOptions {
  filters: Partial<Record<SearchFilter, { any: string[] }>>;
  sort?: { date: 'desc' };
}
/** Filter name → value → how many pages have it. */
export type PagefindFilterCounts = Record<string, Record<string, number>>;
/** The site's search index, its bundles merged: what the page asks of it. */
export interface Pagefind {
  filters(): Promise<PagefindFilterCounts>;
  /** Resolves to null when a newer call replaced this one within `delayMs`. */
  debouncedSearch(term: string, options: PagefindSearchOptions, delayMs: number): Promise<{ results: PagefindResult[] } | null>;
  /** A search no other call can replace. */
  search(term: string, options: PagefindSearchOptions): Promise<{ results: PagefindResult[] }>;
}
/** The part of Pagefind's answer to a search the page reads. */
interface Answer {
  results: PagefindResult[];
}
/** The part of `/pagefind/pagefind.js`'s exports the search page uses. */
export interface PagefindModule extends Pagefind {
  options(options: { excerptLength: number; baseUrl: string }): Promise<void>;
  init(): Promise<void>;
  mergeIndex(path: string, options: { indexWeight: number; baseUrl: string }): Promise<void>;
}

/** Results drawn at once: the first ten come fast; the rest load on request. */
export const PAGE_OF_RESULTS = 10;
/** How many results of a retried query are checked one by one for whole-word matches. */
export const RETRY_CHECKED = 60;
/** How long Pagefind waits for the next keystroke before searching. */
export const TYPING_DELAY_MS = 250;

/**
 * Sets Pagefind up for the page: the index at `/pagefind/` with every bundle merged into it,
 * loading from now on without waiting for it. Results are Pagefind's, merged across bundles
 * by score; sorted by date, they are put back in date order (newestFirst), which Pagefind's
 * merge by score undoes.
 */
export async function preparePagefind(pagefind: PagefindModule, bundles: readonly SearchBundle[]): Promise<Pagefind> {
  // One call with every option: before init, pagefind.js keeps only the last options() given.
  // Result addresses are root-relative, as the site is served at the root of its domain.
  await pagefind.options({ excerptLength: 24, baseUrl: HOME_PATH });
  // Load the index's metadata and engine now, while the reader is still typing, instead of
  // on the first keystroke: the search page exists to search.
  void pagefind.init();
  // Every merge is asked for before any search, so that every search covers every bundle.
  // A bundle that fails to load is not reported here: Pagefind fails every search after it,
  // and the page says search is unavailable.
  for (const [i, bundle] of bundles.entries()) {
    pagefind.mergeIndex(bundle.path, { indexWeight: bundleWeight(i + 1), baseUrl: HOME_PATH }).catch(() => undefined);
  }
  // Sorted by date, results are put back in date order and each is told its bundle.
  const inDateOrder = <Found extends Answer>(found: Found, options: PagefindSearchOptions): Found => {
    if (!options.sort) return found;
    const results = newestFirst(found.results, bundles.length);
    return { ...found, results: results.map((result) => ({ ...result, bundle: bundleOfScore(result.score, bundles.length)?.bundle })) };
  };
  return {
    filters: () => pagefind.filters(),
    search: async (term, options) => inDateOrder(await pagefind.search(term, options), options),
    debouncedSearch: async (term, options, delayMs) => {
      const found = await pagefind.debouncedSearch(term, options, delayMs);
      return found && inDateOrder(found, options);
    },
  };
}

/** The filters and order a search runs with: only the filters the reader chose, any value of each. */
export function searchOptions(state: SearchState): PagefindSearchOptions {
  const filters = Object.fromEntries(SEARCH_FILTERS.filter((n) => state.filters[n].length > 0).map((n) => [n, { any: state.filters[n] }]));
  return { filters, ...(state.sort === 'newest' ? { sort: { date: 'desc' } } : {}) };
}

/**
 * Pagefind's results, without those of a bundle whose best result does not really contain
 * the words. Each bundle of the index is searched on its own, and in a bundle that has no page
 * with a query word Pagefind shortens that word until something matches ("ألغامهم" finds
 * "ألغام"), where one index of the whole site would find only the pages that have it. So the
 * best result of each bundle is checked (one fragment a bundle, most of them on the first page
 * of results anyway), and a bundle whose best result fails is left out whole: every result of
 * a bundle was found with the same words. Which bundle a result is from, Pagefind tells only
 * in a search sorted by date (bundleOfScore), so a search by relevance is run sorted as well.
 */
async function realResults(
  pagefind: Pagefind,
  found: Answer,
  term: string,
  words: readonly string[],
  options: PagefindSearchOptions,
  shown: 'first page shown' | 'not shown as they are' = 'first page shown',
): Promise<PagefindResult[]> {
  // Nothing found: no bundle to check, and no need to search again to learn which.
  if (found.results.length === 0) return [];
  const dated = options.sort ? found : await pagefind.search(term, { ...options, sort: { date: 'desc' } });
  const bundleOf = new Map(dated.results.map((result) => [result.id, result.bundle]));
  const bestOfBundle = new Map<number | undefined, PagefindResult>();
  for (const result of found.results) {
    const bundle = bundleOf.get(result.id);
    if (!bestOfBundle.has(bundle)) bestOfBundle.set(bundle, result);
  }
  const real = new Set<number | undefined>();
  await Promise.all([
    ...[...bestOfBundle].map(async ([bundle, best]) => {
      if (isRealMatch((await best.data()).content, words)) real.add(bundle);
    }),
    // The first page of results is needed anyway: fetched with the checks, not after them.
    // (Not for a word of a partial search: its results are merged, and only the merged first page is shown.)
    shown === 'first page shown' ? loadPage(found.results, 0) : [],
  ]);
  return found.results.filter((result) => real.has(bundleOf.get(result.id)));
}

/** A retried query's results that contain its guessed words whole, checked one by one. */
async function wholeWordResults(results: PagefindResult[], words: readonly string[]): Promise<PagefindResult[]> {
  const checked = results.slice(0, RETRY_CHECKED);
  const contents = await Promise.all(checked.map(async (result) => (await result.data()).content));
  return checked.filter((_, i) => isWholeWordMatch(contents[i]!, words));
}

export interface Found {
  /** The words searched for, as the index spells them: the retried ones if the retry found them. */
  words: string[];
  results: PagefindResult[];
  /**
   * Set when no result holds every word: by result id, the indexes (into `words`) of the words
   * that result lacks. The results then hold some of the words, the most first.
   */
  missing?: ReadonlyMap<string, readonly number[]>;
}

/** Above this many words, a query whose whole finds nothing is not searched in parts. */
export const PARTIAL_WORDS_MAX = 6;

/**
 * When the whole query finds nothing: each of its words searched alone, all at once (one more
 * round of requests, for index chunks the first search loaded already, and the best result of
 * each bundle, as realResults checks it; the fragments of the merged first page follow). A page found by more words comes first, then by the
 * sum of its scores (or, sorted by date, the newest); each result is told the words it lacks.
 */
async function partialResults(
  pagefind: Pagefind,
  words: readonly string[],
  options: PagefindSearchOptions,
): Promise<{ results: PagefindResult[]; missing: Map<string, number[]> }> {
  const perWord = await Promise.all(
    words.map(async (word) => realResults(pagefind, await pagefind.search(word, options), word, [word], options, 'not shown as they are')),
  );
  const found = new Map<string, { result: PagefindResult; has: Set<number>; score: number; place: number }>();
  perWord.forEach((results, i) => {
    results.forEach((result, place) => {
      const entry = found.get(result.id) ?? { result, has: new Set<number>(), score: 0, place };
      entry.has.add(i);
      entry.score += result.score;
      entry.place = Math.min(entry.place, place);
      found.set(result.id, entry);
    });
  });
  // Sorted by date, each word's results come newest first: a page's best place among them
  // stands for its date, where a sum of scores would mean nothing.
  const after = options.sort
    ? (a: { place: number }, b: { place: number }) => a.place - b.place
    : (a: { score: number }, b: { score: number }) => b.score - a.score;
  const ranked = [...found.values()].sort((a, b) => b.has.size - a.has.size || after(a, b));
  const missing = new Map(ranked.map(({ result, has }) => [result.id, words.flatMap((_, i) => (has.has(i) ? [] : [i]))]));
  return { results: ranked.map(({ result }) => result), missing };
}

/**
 * Runs a reader's search: the query's words; if Pagefind found nothing that really holds them
 * all, once more with a verb's prefix or leading particles read as such (retryQuery); if that
 * finds nothing either, its words one by one, for the pages that hold the most of them
 * (partialResults). Undefined when a newer search overtook this one (`isStale`, or Pagefind's
 * own debounce): its results must not be shown.
 */
export async function findResults(pagefind: Pagefind, state: SearchState, isStale: () => boolean): Promise<Found | undefined> {
  const options = searchOptions(state);
  const forms = queryForms(state.query);
  const words = searchedWords(forms);
  const term = words.join(' ');
  const first = await pagefind.debouncedSearch(term, options, TYPING_DELAY_MS);
  if (first === null) return undefined;
  const results = await realResults(pagefind, first, term, words, options);
  if (isStale()) return undefined;
  if (results.length > 0) return { words, results };
  const retry = retryQuery(forms);
  if (retry) {
    // No delay: the reader has stopped typing, the first search already waited.
    const retried = await pagefind.debouncedSearch(retry.join(' '), options, 0);
    if (retried === null || isStale()) return undefined;
    const whole = await wholeWordResults(retried.results, retry);
    if (isStale()) return undefined;
    if (whole.length > 0) return { words: retry, results: whole };
  }
  if (words.length < 2 || words.length > PARTIAL_WORDS_MAX) return { words, results: [] };
  const partial = await partialResults(pagefind, words, options);
  return isStale() ? undefined : { words, ...partial };
}

/** The data of the page of results that follows the first `shown` ones. */
export function loadPage(results: readonly PagefindResult[], shown: number): Promise<PagefindResultData[]> {
  return Promise.all(results.slice(shown, shown + PAGE_OF_RESULTS).map((r) => r.data()));
}

/** One result as the page shows it. */
export interface ResultView {
  /** The article's address, with a text fragment that highlights the matched words there. */
  href: string;
  title: string;
  /** YYYY-MM-DD for <time datetime>, and the same day in Arabic; each empty if the page has none. */
  date: string;
  dateText: string;
  outlet: string;
  /** Our own excerpt, from the article's real text: escaped, with only <mark> added. */
  excerptHtml: string;
  /** How many words the excerpt marks: none means the words are there in another spelling. */
  marked: number;
  /** In results that hold only some of the query's words: the words it lacks, as typed. */
  missing?: string[];
}

export function resultView(data: PagefindResultData, wordsToMark: readonly string[]): ResultView {
  // Our own excerpt from the article's real text: Pagefind's could show index-only forms.
  const { html, marked } = buildExcerpt(data.content, wordsToMark);
  const date = data.meta.date ?? '';
  return {
    href: highlightLink(data.url, marked),
    title: data.meta.title ?? data.url,
    date,
    // Written at build time (ArticleMeta's date_text): formatting a date here would cost the
    // page ICU's set-up, 60–120 ms on the main thread (see groupThousands).
    dateText: data.meta.date_text ?? '',
    outlet: data.meta.outlet ?? '',
    excerptHtml: html,
    marked: marked.length,
  };
}

export interface FilterGroup {
  name: SearchFilter;
  values: { value: string; checked: boolean }[];
}

/** The filter choices to offer, from Pagefind's counts: years newest first, the rest in Arabic order. */
export function filterGroups(available: PagefindFilterCounts, state: SearchState): FilterGroup[] {
  return SEARCH_FILTERS.map((name) => ({
    name,
    values: Object.keys(available[name] ?? {})
      .sort((a, b) => (name === 'year' ? b.localeCompare(a) : a.localeCompare(b, 'ar')))
      .map((value) => ({ value, checked: state.filters[name].includes(value) })),
  })).filter((group) => group.values.length > 0);
}
