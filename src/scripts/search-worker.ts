/**
 * The search page's worker: loads Pagefind and its bundles here, off the page's main thread,
 * and answers the page's requests (SearchSession). Pagefind, finding no window here, runs its
 * engine in this worker instead of starting one of its own.
 */
import type { Lexicon } from '../lib/search/extras.ts';
import { parseBundleList, type SearchBundle } from '../lib/search/bundles.ts';
import { preparePagefind, type Pagefind, type PagefindModule } from '../lib/search/pagefind-adapter.ts';
import { NO_LEXICON, SearchSession, type SearchReply, type SearchRequest } from '../lib/search/search-session.ts';
import { SEARCH_BUNDLES_PATH, SEARCH_INDEX_PATH, SEARCH_LEXICON_PATH } from '../lib/site/urls.ts';

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

async function loadPagefind(): Promise<Pagefind | undefined> {
  const path = `${SEARCH_INDEX_PATH}pagefind.js`;
  try {
    const [module, bundles] = await Promise.all([import(/* @vite-ignore */ path) as Promise<PagefindModule>, loadBundles()]);
    return await preparePagefind(module, bundles);
  } catch {
    return undefined;
  }
}

// Started at once, while the page is still drawing: the search page exists to search.
const session = loadPagefind().then((pagefind) => pagefind && new SearchSession(pagefind, loadLexicon));

const reply = (message: SearchReply) => self.postMessage(message);

self.addEventListener('message', (event: MessageEvent<SearchRequest>) => {
  void (async () => {
    const request = event.data;
    const ready = await session;
    if (!ready) return reply({ kind: 'unavailable', ...(request.kind === 'filters' ? {} : { id: request.id }) });
    const answer = await ready.answer(request);
    if (answer) reply(answer);
  })();
});
