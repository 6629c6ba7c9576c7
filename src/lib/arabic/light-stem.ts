/**
 * Light stemming: the endings and verb prefixes Arabic inflects a word with, read off so that
 * a reader's form of a word finds the article's («الاتفاقيات» finds اتفاق, «يتخلى» finds تخلى).
 * Applied alike to the index's words and a reader's query, on words already normalized and
 * without ال and the particles before it (normalize.ts).
 *
 * What it does not do, so that no word becomes another (tests/unit/false-friends.ts): read a
 * first letter as a particle or a verb prefix unless the rest is a verb's shape («تمثال» is
 * not ت + مثال, «اليمن» is not أمن), or leave a stem shorter than four letters («لبنان» is not
 * لبن, «إنسان» not the start of انسحاب). A stem is searched as the beginning of a word, as
 * Pagefind matches words, so a short stem would be the beginning of too many others.
 */

import { queryForm } from './normalize.ts';

/** Fewer letters than this left by an ending, and the ending stays. */
const MIN_STEM = 4;

/** An ending, and how many letters it must leave to be read off. */
type Ending = readonly [ending: string, least: number];

/** Attached pronouns, longest first: «قواتهم», «حكومتها», «مقالاتنا». */
const PRONOUNS: readonly Ending[] = ['هما', 'كما', 'هم', 'هن', 'كم', 'كن', 'ها', 'نا'].map((p) => [p, MIN_STEM]);

/**
 * Number, gender and person, longest first. «ان» needs one letter more than the others: a
 * name or a noun ending in it is common (عثمان، سلطان، طالبان), a dual in a query is not.
 */
const ENDINGS: readonly Ending[] = [
  ['تان', MIN_STEM],
  ['تين', MIN_STEM],
  ['ات', MIN_STEM],
  ['ون', MIN_STEM],
  ['ين', MIN_STEM],
  ['وا', MIN_STEM],
  ['ان', MIN_STEM + 1],
];

/** Relative adjectives, after ة became ه: «عسكرية» → عسكري → عسكر. */
const NISBA: readonly Ending[] = [
  ['يه', MIN_STEM],
  ['ي', MIN_STEM],
];

function strip(word: string, ending: string, least = MIN_STEM): string | undefined {
  return word.endsWith(ending) && word.length - ending.length >= least ? word.slice(0, -ending.length) : undefined;
}

/** The word without the first of `endings` it can lose, or undefined if none. */
function stripFirst(word: string, endings: readonly Ending[]): string | undefined {
  for (const [ending, least] of endings) {
    const stripped = strip(word, ending, least);
    if (stripped !== undefined) return stripped;
  }
  return undefined;
}

/**
 * The word without its endings: an attached pronoun, then number or gender, an accusative's
 * alef (tanween: «اتفاقاً»), a relative adjective's ي, a final ه (ة). Each is read off only if
 * four letters or more remain. Certain enough to search by, since what it leaves begins the
 * word it came from: the stem finds every form that begins with it.
 */
export function suffixStem(word: string): string {
  let stem = word;
  const pronoun = stripFirst(stem, PRONOUNS);
  if (pronoun !== undefined) {
    // A ة before a pronoun is written ت: «حكومتها» → حكومت → حكوم.
    stem = pronoun.endsWith('ت') && !pronoun.endsWith('ات') ? (strip(pronoun, 'ت') ?? pronoun) : pronoun;
  } else if (stem.endsWith('اته')) {
    // «مقالاته»: a plural with the pronoun ه, which is otherwise ة.
    stem = stem.slice(0, -1);
  }
  stem = stripFirst(stem, ENDINGS) ?? stem;
  stem = strip(stem, 'ا') ?? stem;
  stem = stripFirst(stem, NISBA) ?? stem;
  return strip(stem, 'ه') ?? stem;
}

/**
 * A word as it is searched: its query form («وبالجيش» → جيش, «المعاهدة» → معاهد; see
 * queryForm) without its endings («الاتفاقيات» → اتفاق). Pagefind matches the words of a
 * query as the beginnings of words, so the stem finds every form that begins with it.
 */
export const searchForm = (word: string): string => suffixStem(queryForm(word));

/**
 * A verb's imperfect prefix (ي ت ن, after سـ of the future) read off, where the rest has the
 * shape of a verb of a derived form, as its past tense is written:
 * - V and VI, «يتخلى» → تخلى, «يتفاوض» → تفاوض;
 * - VII, «ينسحب» → انسحب; VIII, «يحتل» → احتل; X, «يستخدم» → استخدم.
 * A form I or IV verb («يكتب», «يعلن») is left as it is: its three letters, or an alef before
 * them, are too often another word («يمن» → أمن). A guess all the same («نتيجة» is a noun):
 * the index adds such a stem only if the corpus has it as a word of its own.
 */
export function verbStem(word: string): string | undefined {
  const present = /^س[يتن]/.test(word) && word.length > MIN_STEM + 1 ? word.slice(1) : word;
  if (!/^[يتن]/.test(present)) return undefined;
  const rest = present.slice(1);
  let past: string | undefined;
  if (rest.startsWith('ست') || rest.startsWith('ن') || rest[1] === 'ت') past = `ا${rest}`;
  else if (rest.startsWith('ت')) past = rest;
  return past !== undefined && past.length >= MIN_STEM ? past : undefined;
}
