import { articleStem, normalizedWords, procliticVariants } from './arabic-normalize.ts';
import { numbersAsDigits } from './number-words.ts';

/**
 * A reader's query as the index spells it: normalized, numbers in words as digits, and each
 * word without its proclitics where they are certain ("وبالجيش" → "جيش"). The index holds the
 * same forms of every article's words (search-extras.ts), so the two meet.
 */
export function prepareQuery(query: string): string[] {
  return numbersAsDigits(normalizedWords(query)).map(articleStem);
}

/**
 * A second try when the first finds nothing: leading و/ف (and ب ك ل after them) read as
 * particles ("وبودانوف" → "بودانوف"). Only a retry, because "وزير" is not "و" + "زير".
 */
export function retryQuery(words: readonly string[]): string[] | undefined {
  const retried = words.map((word) => procliticVariants(word)[1] ?? word);
  return retried.some((w, i) => w !== words[i]) ? retried : undefined;
}
