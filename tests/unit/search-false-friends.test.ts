import { describe, expect, it } from 'vitest';
import { normalizedWords } from '../../src/lib/arabic/normalize.ts';
import { addToVocabulary, buildLexicon, searchExtras } from '../../src/lib/search/extras.ts';
import { isRealMatch, isWholeWordMatch, prepareQuery, queryForms, retryQuery } from '../../src/lib/search/query.ts';
import { FALSE_FRIENDS } from './false-friends.ts';

const lexicon = buildLexicon([], []);

// The worst case for every guard that asks whether the corpus knows a word: it knows them all.
const vocabulary = new Map<string, number>();
for (const [query, text] of FALSE_FRIENDS) addToVocabulary(vocabulary, normalizedWords(`${query} ${text} ال${text}`));

/**
 * Whether search would answer `query` with an article whose only text is `text`: the page's
 * words and its index-only forms, matched as Pagefind matches them (each query word begins a
 * word of the page), then the retry of a query that found nothing (findResults).
 */
function finds(query: string, text: string): boolean {
  const content = `${text} ⁂ ${searchExtras(text, lexicon, vocabulary).join(' ')}`;
  const words = prepareQuery(query);
  if (isRealMatch(content, words)) return true;
  const retry = retryQuery(queryForms(query));
  return retry !== undefined && isWholeWordMatch(content, retry);
}

describe('false friends', () => {
  it('the kept list has at least fifty pairs, none of them a word that begins with the reader’s', () => {
    expect(FALSE_FRIENDS.length).toBeGreaterThanOrEqual(50);
    for (const [query, text] of FALSE_FRIENDS) {
      const [q] = normalizedWords(query);
      expect(normalizedWords(text)[0]!.startsWith(q!), `${query} / ${text}`).toBe(false);
    }
  });

  it('no search for a word finds an article that has only its false friend, bare or with ال', () => {
    const found = FALSE_FRIENDS.filter(([query, text]) => finds(query, text) || finds(query, `ال${text}`)).map(
      ([query, text, why]) => `«${query}» found «${text}» (${why})`,
    );
    expect(found).toEqual([]);
  });
});
