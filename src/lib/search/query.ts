import { certainVariants, normalizedWords, procliticVariants, queryForm } from '../arabic/normalize.ts';
import { numbersAsDigits } from '../arabic/number-words.ts';
import type { Lexicon } from './extras.ts';

/**
 * A reader's query as the index spells it: normalized, numbers in words as digits, and each
 * word in its query form ("وبالجيش" → "جيش", "المعاهدة" → "معاهد"; see queryForm). The index holds the
 * same forms of every article's words (search-extras.ts), so the two meet.
 */
export function prepareQuery(query: string): string[] {
  return numbersAsDigits(normalizedWords(query)).map(queryForm);
}

/**
 * A second try when the first finds nothing: leading و/ف (and ب ك ل after them) read as
 * particles ("وبودانوف" → "بودانوف"). Only a retry, because "وزير" is not "و" + "زير".
 */
export function retryQuery(words: readonly string[]): string[] | undefined {
  // procliticVariants lists the plain word first, then its readings with particles removed.
  const retried = words.map((word) => queryForm(procliticVariants(word)[1] ?? word));
  return retried.some((w, i) => w !== words[i]) ? retried : undefined;
}

/**
 * The words to mark in excerpts: the query's own, plus every spelling of an entity the query
 * names and every form of a plural it uses, so «بيونج يانج» marks an article's «بيونغ يانغ».
 */
export function wordsToMark(queryWords: readonly string[], lexicon: Lexicon): string[] {
  const marked = new Set(queryWords);
  const asked = new Set(queryWords);
  for (const spellings of lexicon.entities) {
    if (spellings.some((words) => words.length > 0 && words.every((w) => asked.has(queryForm(w)) || asked.has(w)))) {
      for (const words of spellings) for (const w of words) marked.add(queryForm(w));
    }
  }
  for (const forms of lexicon.plurals) {
    if (forms.some((form) => asked.has(queryForm(form)))) for (const form of forms) marked.add(queryForm(form));
  }
  return [...marked];
}

/**
 * Whether a result really contains every query word: some word of its text, or of its
 * index-only forms, begins with it. When no indexed word begins with a query word, Pagefind
 * quietly shortens the word until something matches ("زير" finds "زي", "ورسك" a lone "و");
 * such results are false friends, and a search that returns them found nothing.
 */
export function isRealMatch(content: string, queryWords: readonly string[]): boolean {
  const words = normalizedWords(content);
  return queryWords.every((q) => words.some((w) => w.startsWith(q)));
}

/**
 * Whether a result contains every query word as a whole word (or a whole word under the
 * article and particles). A retried query guessed its particles ("بطريق" → "طريق"), so a
 * prefix is not enough: "طريق" must not find "طريقها".
 */
export function isWholeWordMatch(content: string, queryWords: readonly string[]): boolean {
  const words = new Set(normalizedWords(content).flatMap((w) => [...certainVariants(w), queryForm(w)]));
  return queryWords.every((q) => words.has(q));
}
