/**
 * The kept false-friend list (tests/unit/false-friends.ts) as a site: one article for every
 * word of the list, the reader's words and their false friends alike, so the site knows both
 * words of every pair, the worst case for every guard that asks whether the corpus knows a word.
 * The e2e test types each reader's word into the search page and expects only the articles
 * whose word begins with it, as Pagefind matches words.
 */
import { normalizedWords } from '../../src/lib/arabic/normalize.ts';
import type { Passage } from '../real-text/corpus.ts';
import { FALSE_FRIENDS } from '../../tests/unit/false-friends.ts';

/** Every word of the list once, as an article whose headline and text are that word. */
export function falseFriendPassages(): Passage[] {
  const words = [...new Set(FALSE_FRIENDS.flatMap(([query, text]) => [query, text]))];
  return words.map((word, i) => ({ id: `word-${String(i + 1).padStart(3, '0')}`, title: word, text: word }));
}

/** The articles a search for `query` must find: those whose word begins with it, spelling aside. */
export function articlesBeginningWith(query: string, passages: readonly Passage[]): string[] {
  const [q] = normalizedWords(query);
  return passages.filter((p) => normalizedWords(p.text).some((word) => word.startsWith(q!))).map((p) => p.id);
}
