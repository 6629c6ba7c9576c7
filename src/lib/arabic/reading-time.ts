import { countNoun, MINUTES } from './plural.ts';

/** Silent reading speed of adult Arabic readers, in words a minute (studies give 140–180). */
export const ARABIC_WORDS_PER_MINUTE = 160;

// Tags and link targets are not words a reader reads; Markdown punctuation never starts a word.
const MARKUP = /<[^>]*>|\]\([^)]*\)/g;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’.,-]*/gu;

/** Counts the words of an article body written in Markdown. */
export function countWords(markdown: string): number {
  return markdown.replace(MARKUP, ' ').match(WORD)?.length ?? 0;
}

/** Whole minutes to read a number of words, never less than one. */
export function readingMinutes(words: number, wordsPerMinute = ARABIC_WORDS_PER_MINUTE): number {
  return Math.max(1, Math.round(words / wordsPerMinute));
}

/**
 * "3 دقائق": the reading time of a Markdown body, in the nominative, to follow a label such
 * as "مدة القراءة:" (after a preposition Arabic would need another case: "في دقيقتين").
 */
export function readingTime(markdown: string): string {
  return countNoun(readingMinutes(countWords(markdown)), MINUTES);
}
