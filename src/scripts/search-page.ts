import { ARTICLES, countNoun } from '../lib/arabic/plural.ts';
import { filterGroups, type PagefindFilterCounts, type ResultView } from '../lib/search/pagefind-adapter.ts';
import type { SearchReply, SearchRequest } from '../lib/search/search-session.ts';
import { readSearch, SEARCH_FILTERS, writeSearch, type SearchFilter, type SearchState } from '../lib/search/url.ts';

const FILTER_LABELS: Record<SearchFilter, string> = { topic: 'الموضوع', source: 'المصدر', year: 'السنة' };
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

/** A result; its title an h3 under the heading of a partial answer, an h2 otherwise. */
function renderResult(view: ResultView, level: 'h2' | 'h3'): HTMLLIElement {
  const link = element('a', { href: view.href, textContent: view.title });
  const time = element('time', { dateTime: view.date, textContent: view.dateText });
  const meta = element('p', { className: 'result-meta' }, document.createTextNode(`${view.outlet} · `), time);
  const excerpt = element('p', { className: 'excerpt' });
  // buildExcerpt escapes the text and adds only <mark>: safe to insert.
  excerpt.innerHTML = view.excerptHtml;
  const parts: Node[] = [element(level, {}, link), meta, excerpt];
  if (view.missing)
    parts.push(element('p', { className: 'result-missing', textContent: `لا يحوي: ${view.missing.map((w) => `«${w}»`).join('، ')}` }));
  return element('li', {}, element('article', {}, ...parts));
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

/**
 * The search page: reads the form, asks the search worker (search-worker.ts), draws its
 * answers. The index lives in the worker, so this thread only draws.
 */
export function startSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('#search-form')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const sort = form.querySelector<HTMLSelectElement>('select[name="sort"]')!;
  const filterPanel = document.querySelector<HTMLDetailsElement>('#search-filter-panel')!;
  const filters = document.querySelector<HTMLElement>('#search-filters')!;
  const status = document.querySelector<HTMLElement>('#search-status')!;
  const list = document.querySelector<HTMLOListElement>('#search-results')!;
  const partialHeading = document.querySelector<HTMLElement>('#search-partial')!;
  const more = document.querySelector<HTMLButtonElement>('#search-more')!;

  const worker = new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module', name: 'search' });
  const ask = (request: SearchRequest) => worker.postMessage(request);

  let state = readSearch(new URLSearchParams(location.search));
  input.value = state.query;
  sort.value = state.sort;

  // Until the filters are drawn, the form has no boxes to read: the link's filters stand.
  let filtersDrawn = false;
  const readForm = (): SearchState => {
    const data = new FormData(form);
    const chosen = filtersDrawn
      ? (Object.fromEntries(SEARCH_FILTERS.map((name) => [name, data.getAll(name).map(String)])) as SearchState['filters'])
      : state.filters;
    return { query: input.value.trim(), filters: chosen, sort: sort.value === 'newest' ? 'newest' : 'relevance' };
  };

  // Each keystroke starts a search; an answer to any but the latest is dropped, so older
  // results never replace newer ones.
  let latest = 0;
  const run = () => {
    const id = ++latest;
    state = readForm();
    history.replaceState(null, '', `${location.pathname}${writeSearch(state)}`);
    if (!state.query) {
      list.replaceChildren();
      partialHeading.hidden = true;
      more.hidden = true;
      status.textContent = 'اكتب كلمة أو أكثر للبحث في المقالات.';
      return;
    }
    ask({ kind: 'search', id, state });
  };

  const draw = (answer: Extract<SearchReply, { kind: 'results' }>) => {
    const items = answer.views.map((view) => renderResult(view, answer.partial ? 'h3' : 'h2'));
    if (answer.first) {
      list.replaceChildren(...items);
      partialHeading.hidden = !answer.partial || answer.total === 0;
      status.textContent =
        answer.total === 0
          ? `لا نتائج لـ«${state.query}». جرّب كلمة أخرى أو أزل بعض عوامل التصفية.`
          : answer.partial
            ? `لا مقال يحوي كل كلمات «${state.query}»: ${countNoun(answer.total, ARTICLES)} لـ«${state.query}» تحوي بعضها`
            : `${countNoun(answer.total, ARTICLES)} لـ«${state.query}»`;
    } else {
      list.append(...items);
      items[0]?.querySelector('a')?.focus();
    }
    more.hidden = !answer.hasMore;
  };

  worker.addEventListener('message', ({ data: answer }: MessageEvent<SearchReply>) => {
    if (answer.kind === 'filters') {
      renderFilters(filters, answer.counts, state, run);
      filtersDrawn = true;
    } else if (answer.id === undefined || answer.id === latest) {
      if (answer.kind === 'unavailable') status.textContent = UNAVAILABLE;
      else draw(answer);
    }
  });
  // The worker's own script could not be loaded or run.
  worker.addEventListener('error', () => {
    status.textContent = UNAVAILABLE;
  });

  more.addEventListener('click', () => ask({ kind: 'more', id: latest }));
  // Filter values are loaded when the panel is opened: once loaded, Pagefind counts them over
  // every matching page on each search, which at 10,000 articles doubled the time to results.
  let filtersAsked = false;
  const loadFilters = () => {
    if (filtersAsked) return;
    filtersAsked = true;
    ask({ kind: 'filters' });
  };
  filterPanel.addEventListener('toggle', () => {
    if (filterPanel.open) loadFilters();
  });
  if (SEARCH_FILTERS.some((name) => state.filters[name].length > 0)) {
    filterPanel.open = true;
    loadFilters();
  }
  input.addEventListener('input', run);
  sort.addEventListener('change', run);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    run();
  });
  run();
}
