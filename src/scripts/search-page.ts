import { formatArabicDate } from '../lib/arabic/dates.ts';
import { ARTICLES, countNoun } from '../lib/arabic/plural.ts';
import { buildExcerpt } from '../lib/search/excerpt.ts';
import type { Lexicon } from '../lib/search/extras.ts';
import { isRealMatch, isWholeWordMatch, prepareQuery, retryQuery, wordsToMark } from '../lib/search/query.ts';
import { highlightLink, readSearch, SEARCH_FILTERS, writeSearch, type SearchState } from '../lib/search/url.ts';

interface PagefindResultData {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  debouncedSearch(query: string | null, options: Record<string, unknown>, delay: number): Promise<PagefindSearch | null>;
}
interface PagefindSearch {
  results: { data(): Promise<PagefindResultData> }[];
}

/** Pagefind's results, or none when its best result does not really contain the words. */
async function realResults(search: PagefindSearch, words: readonly string[]): Promise<PagefindSearch> {
  // The first page of results is needed anyway: fetch it all at once, check the best of it.
  const [best] = await Promise.all(search.results.slice(0, PAGE_OF_RESULTS).map((r) => r.data()));
  return best && isRealMatch(best.content, words) ? search : { results: [] };
}

/** A retried query's results that contain its guessed words whole, checked one by one. */
async function wholeWordResults(search: PagefindSearch, words: readonly string[]): Promise<PagefindSearch> {
  const checked = search.results.slice(0, RETRY_CHECKED);
  const contents = await Promise.all(checked.map(async (result) => (await result.data()).content));
  return { results: checked.filter((_, i) => isWholeWordMatch(contents[i]!, words)) };
}

const FILTER_LABELS: Record<(typeof SEARCH_FILTERS)[number], string> = { topic: 'الموضوع', source: 'المصدر', year: 'السنة' };
/** Results drawn at once: the first ten come fast; the rest load on request. */
const PAGE_OF_RESULTS = 10;
const NO_LEXICON: Lexicon = { entities: [], plurals: [] };
/** How many results of a retried query are checked one by one for whole-word matches. */
const RETRY_CHECKED = 60;

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Record<string, unknown> = {},
  ...children: Node[]
): HTMLElementTagNameMap[K] {
  const el: HTMLElementTagNameMap[K] = document.createElement(tag);
  Object.assign(el, props);
  el.append(...children);
  return el;
}

/**
 * Entity spellings and plurals, to mark an article's own spelling of what the reader typed
 * another way. Fetched only when an excerpt has nothing marked without it.
 */
async function loadLexicon(): Promise<Lexicon> {
  try {
    const response = await fetch('/search-lexicon.json');
    if (response.ok) return (await response.json()) as Lexicon;
  } catch {
    // Without it excerpts still mark the words spelled as typed.
  }
  return NO_LEXICON;
}

/** Loads the index only now, on the search page: no other page pays for search. */
async function loadPagefind(): Promise<Pagefind | undefined> {
  const path = '/pagefind/pagefind.js';
  try {
    const pagefind = (await import(/* @vite-ignore */ path)) as Pagefind;
    await pagefind.options({ excerptLength: 24 });
    // Load the index's metadata and engine now, while the reader is still typing, instead of
    // on the first keystroke: the search page exists to search.
    void pagefind.init();
    return pagefind;
  } catch {
    return undefined;
  }
}

function renderResult(data: PagefindResultData, queryWords: readonly string[]): { item: HTMLLIElement; marked: number } {
  // Our own excerpt from the article's real text: Pagefind's could show index-only forms.
  const { html, marked } = buildExcerpt(data.content, queryWords);
  const link = element('a', { href: highlightLink(data.url, marked), textContent: data.meta.title ?? data.url });
  const date = data.meta.date ? formatArabicDate(new Date(`${data.meta.date}T00:00:00Z`)) : '';
  const time = element('time', { dateTime: data.meta.date ?? '', textContent: date });
  const meta = element('p', { className: 'result-meta' }, document.createTextNode(`${data.meta.outlet ?? ''} · `), time);
  const excerpt = element('p', { className: 'excerpt' });
  // buildExcerpt escapes the text and adds only <mark>: safe to insert.
  excerpt.innerHTML = html;
  return { item: element('li', {}, element('article', {}, element('h2', {}, link), meta, excerpt)), marked: marked.length };
}

function renderFilters(
  container: HTMLElement,
  available: Record<string, Record<string, number>>,
  state: SearchState,
  onChange: () => void,
) {
  container.replaceChildren();
  for (const name of SEARCH_FILTERS) {
    const values = Object.keys(available[name] ?? {}).sort((a, b) => (name === 'year' ? b.localeCompare(a) : a.localeCompare(b, 'ar')));
    if (values.length === 0) continue;
    const fieldset = element('fieldset', {}, element('legend', { textContent: FILTER_LABELS[name] }));
    for (const value of values) {
      const box = element('input', { type: 'checkbox', name, value, checked: state.filters[name].includes(value) });
      box.addEventListener('change', onChange);
      fieldset.append(element('label', {}, box, document.createTextNode(` ${value}`)));
    }
    container.append(fieldset);
  }
}

export async function startSearchPage(): Promise<void> {
  const form = document.querySelector<HTMLFormElement>('#search-form')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const sort = form.querySelector<HTMLSelectElement>('select[name="sort"]')!;
  const filterPanel = document.querySelector<HTMLDetailsElement>('#search-filter-panel')!;
  const filters = document.querySelector<HTMLElement>('#search-filters')!;
  const status = document.querySelector<HTMLElement>('#search-status')!;
  const list = document.querySelector<HTMLOListElement>('#search-results')!;
  const more = document.querySelector<HTMLButtonElement>('#search-more')!;

  const pagefind = await loadPagefind();
  let lexicon: Lexicon | undefined;
  if (!pagefind) {
    status.textContent = 'فهرس البحث غير متاح. يُبنى الفهرس مع الموقع: شغّل npm run build ثم npm run preview.';
    return;
  }

  let state = readSearch(new URLSearchParams(location.search));
  input.value = state.query;
  sort.value = state.sort;

  const readForm = (): SearchState => {
    const data = new FormData(form);
    const chosen = Object.fromEntries(SEARCH_FILTERS.map((name) => [name, data.getAll(name).map(String)])) as SearchState['filters'];
    return { query: input.value.trim(), filters: chosen, sort: sort.value === 'newest' ? 'newest' : 'relevance' };
  };

  // Each keystroke starts a run; a run that a newer one overtook while it awaited must not
  // draw its older results over the newer ones.
  let latestRun = 0;
  const run = async () => {
    const thisRun = ++latestRun;
    const stale = () => thisRun !== latestRun;
    state = readForm();
    history.replaceState(null, '', `${location.pathname}${writeSearch(state)}`);
    if (!state.query) {
      list.replaceChildren();
      status.textContent = 'اكتب كلمة أو أكثر للبحث في المقالات.';
      return;
    }
    const activeFilters = Object.fromEntries(
      SEARCH_FILTERS.filter((n) => state.filters[n].length > 0).map((n) => [n, { any: state.filters[n] }]),
    );
    const options = { filters: activeFilters, ...(state.sort === 'newest' ? { sort: { date: 'desc' } } : {}) };
    let words = prepareQuery(state.query);
    const first = await pagefind.debouncedSearch(words.join(' '), options, 250);
    if (first === null) return; // a newer keystroke replaced this search
    let search = await realResults(first, words);
    if (stale()) return;
    const retry = search.results.length === 0 ? retryQuery(words) : undefined;
    if (retry) {
      const retried = await pagefind.debouncedSearch(retry.join(' '), options, 0);
      if (retried === null || stale()) return;
      [words, search] = [retry, await wholeWordResults(retried, retry)];
      if (stale()) return;
    }
    const found = search;
    const queryWords = words;
    let shown: PagefindResultData[] = [];
    const draw = (marking: readonly string[]) => {
      const rendered = shown.map((data) => renderResult(data, marking));
      list.replaceChildren(...rendered.map((r) => r.item));
      more.hidden = shown.length >= found.results.length;
      return rendered.some((r) => r.marked === 0);
    };
    const showMore = async () => {
      const next = await Promise.all(found.results.slice(shown.length, shown.length + PAGE_OF_RESULTS).map((r) => r.data()));
      if (stale()) return;
      shown = [...shown, ...next];
      const unmarked = draw(wordsToMark(queryWords, lexicon ?? NO_LEXICON));
      // An excerpt with nothing marked holds the words in another spelling: an alias or a plural.
      if (unmarked && !lexicon) {
        lexicon = await loadLexicon();
        if (!stale()) draw(wordsToMark(queryWords, lexicon));
      }
    };
    more.onclick = async () => {
      const before = shown.length;
      await showMore();
      list.querySelectorAll<HTMLAnchorElement>('h2 a')[before]?.focus();
    };
    await showMore();
    if (stale()) return;
    status.textContent =
      found.results.length === 0
        ? `لا نتائج لـ«${state.query}». جرّب كلمة أخرى أو أزل بعض عوامل التصفية.`
        : `${countNoun(found.results.length, ARTICLES)} لـ«${state.query}»`;
  };

  // Filter values are loaded when the panel is opened: once loaded, Pagefind counts them over
  // every matching page on each search, which at 10,000 articles doubled the time to results.
  let filtersLoaded = false;
  const loadFilters = async () => {
    if (filtersLoaded) return;
    filtersLoaded = true;
    renderFilters(filters, await pagefind.filters(), state, run);
  };
  filterPanel.addEventListener('toggle', () => {
    if (filterPanel.open) void loadFilters();
  });
  if (SEARCH_FILTERS.some((name) => state.filters[name].length > 0)) {
    filterPanel.open = true;
    await loadFilters();
  }
  input.addEventListener('input', run);
  sort.addEventListener('change', run);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  await run();
}
