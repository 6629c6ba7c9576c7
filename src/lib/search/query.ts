import { certainVariants, normalizedWords, procliticVariants, queryForm } from '../arabic/normalize.ts';
import { searchForm, suffixStem, verbStem } from '../arabic/light-stem.ts';
import { numbersAsDigits } from '../arabic/number-words.ts';
import type { Lexicon } from './extras.ts';

/** A reader's query in query forms: normalized, numbers in words as digits (queryForm). */
export function queryForms(query: string): string[] {
  return numbersAsDigits(normalizedWords(query)).map(queryForm);
}

/** Query forms (queryForms) as they are searched: each without its endings (searchForm). */
export const searchedWords = (forms: readonly string[]): string[] => forms.map(suffixStem);

/** A reader's query as it is searched. */
export const prepareQuery = (query: string): string[] => searchedWords(queryForms(query));

/**
 * A query word without a leading particle, when five letters are left: a query has no corpus
 * to confirm the guess, so it must be longer than the index's (isGuessableStem): «بطريق» is
 * a penguin, not ب + طريق. procliticVariants lists the plain word first, then its readings.
 */
function particleReading(form: string): string | undefined {
  const reading = procliticVariants(form)[1];
  return reading !== undefined && reading.length >= 5 ? reading : undefined;
}

/**
 * A second try when the first finds nothing, from the query's query forms (queryForms): a
 * verb's imperfect prefix read off («يتخلى» → تخلى; see verbStem), or else leading و/ف (and
 * ب ك ل after them) read as particles («وبودانوف» → بودانوف). Only a retry, because «وزير»
 * is not و + زير, and its words must be found whole (isWholeWordMatch).
 */
export function retryQuery(forms: readonly string[]): string[] | undefined {
  const retried = forms.map((form) => searchForm(verbStem(form) ?? particleReading(form) ?? form));
  return retried.some((w, i) => w !== suffixStem(forms[i]!)) ? retried : undefined;
}

/**
 * The words to mark in excerpts: the query's own, plus every spelling of an entity the query
 * names and every form of a plural it uses, so «بيونج يانج» marks an article's «بيونغ يانغ».
 */
export function wordsToMark(queryWords: readonly string[], lexicon: Lexicon): string[] {
  const marked = new Set(queryWords);
  const asked = new Set(queryWords);
  for (const spellings of lexicon.entities) {
    if (spellings.some((words) => words.length > 0 && words.every((w) => asked.has(searchForm(w)) || asked.has(w)))) {
      for (const words of spellings) for (const w of words) marked.add(searchForm(w));
    }
  }
  for (const forms of lexicon.plurals) {
    if (forms.some((form) => asked.has(searchForm(form)))) for (const form of forms) marked.add(searchForm(form));
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
  const words = new Set(normalizedWords(content).flatMap((w) => [...certainVariants(w), queryForm(w), searchForm(w)]));
  return queryWords.every((q) => words.has(q));
}
