import { ARTICLES, countNoun } from '../lib/arabic/plural.ts';
import type { Lexicon } from '../lib/search/extras.ts';
import { parseBundleList, type SearchBundle } from '../lib/search/bundles.ts';
import {
  filterGroups,
  findResults,
  loadPage,
  preparePagefind,
  resultView,
  type Pagefind,
  type PagefindFilterCounts,
  type PagefindModule,
  type PagefindResultData,
} from '../lib/search/pagefind-adapter.ts';
import { wordsToMark } from '../lib/search/query.ts';
import { readSearch, SEARCH_FILTERS, writeSearch, type SearchFilter, type SearchState } from '../lib/search/url.ts';
import { SEARCH_BUNDLES_PATH, SEARCH_INDEX_PATH, SEARCH_LEXICON_PATH } from '../lib/site/urls.ts';

const FILTER_LABELS: Record<SearchFilter, string> = { topic: 'الموضوع', source: 'المصدر', year: 'السنة' };
const NO_LEXICON: Lexicon = { entities: [], plurals: [] };
const UNAVAILABLE = 'فهرس البحث غير متاح. يُبنى الفهرس مع الموقع: شغّل npm run build ثم npm run preview.';

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
    const response = await fetch(SEARCH_LEXICON_PATH);
    if (response.ok) return (await response.json()) as Lexicon;
  } catch {
    // Without it excerpts still mark the words spelled as typed.
  }
  return NO_LEXICON;
}

/** The index's bundles, asked afresh each time: after a deploy, the old list names old bundles. */
async function loadBundles(): Promise<SearchBundle[]> {
  const response = await fetch(SEARCH_BUNDLES_PATH, { cache: 'no-cache' });
  if (!response.ok) throw new Error(`${SEARCH_BUNDLES_PATH}: HTTP ${response.status}`);
  return parseBundleList(await response.text(), SEARCH_BUNDLES_PATH);
}

/** Loads the index only now, on the search page: no other page pays for search. */
async function loadPagefind(): Promise<Pagefind | undefined> {
  const path = `${SEARCH_INDEX_PATH}pagefind.js`;
  try {
    const [module, bundles] = await Promise.all([import(/* @vite-ignore */ path) as Promise<PagefindModule>, loadBundles()]);
    return await preparePagefind(module, bundles);
  } catch {
    return undefined;
  }
}

function renderResult(data: PagefindResultData, queryWords: readonly string[]): { item: HTMLLIElement; marked: number } {
  const view = resultView(data, queryWords);
  const link = element('a', { href: view.href, textContent: view.title });
  const time = element('time', { dateTime: view.date, textContent: view.dateText });
  const meta = element('p', { className: 'result-meta' }, document.createTextNode(`${view.outlet} · `), time);
  const excerpt = element('p', { className: 'excerpt' });
  // buildExcerpt escapes the text and adds only <mark>: safe to insert.
  excerpt.innerHTML = view.excerptHtml;
  return { item: element('li', {}, element('article', {}, element('h2', {}, link), meta, excerpt)), marked: view.marked };
}

function renderFilters(container: HTMLElement, available: PagefindFilterCounts, state: SearchState, onChange: () => void) {
  container.replaceChildren();
  for (const { name, values } of filterGroups(available, state)) {
    const fieldset = element('fieldset', {}, element('legend', { textContent: FILTER_LABELS[name] }));
    for (const { value, checked } of values) {
      const box = element('input', { type: 'checkbox', name, value, checked });
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
    status.textContent = UNAVAILABLE;
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
    // Pagefind fails every search when a bundle of the index could not be loaded.
    const found = await findResults(pagefind, state, stale).catch(() => null);
    if (found === null) {
      if (!stale()) status.textContent = UNAVAILABLE;
      return;
    }
    if (!found) return;
    const { words: queryWords } = found;
    let shown: PagefindResultData[] = [];
    const draw = (marking: readonly string[]) => {
      const rendered = shown.map((data) => renderResult(data, marking));
      list.replaceChildren(...rendered.map((r) => r.item));
      more.hidden = shown.length >= found.results.length;
      return rendered.some((r) => r.marked === 0);
    };
    const showMore = async () => {
      const next = await loadPage(found.results, shown.length);
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
    renderFilters(filters, await pagefind.filters().catch(() => ({})), state, run);
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
