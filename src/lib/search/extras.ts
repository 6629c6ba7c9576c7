import { articleStem, normalizedWords, normalizeLetters, procliticVariants, queryForm } from '../arabic/normalize.ts';
import { numberWords } from '../arabic/number-words.ts';

/** What search knows beyond the text itself, normalized once per build. */
export interface Lexicon {
  /** For each entity, every spelling of its name as normalized words. */
  entities: string[][][];
  /** Groups of word forms that are one word: a singular and its broken plurals. */
  plurals: string[][];
}

/**
 * Every word of the corpus in its query form (normalized, without ال and the particles before
 * it). It confirms a guessed particle: "بقذائف" is ب + قذائف because قذائف is a word here,
 * while "وزير" is not و + زير.
 */
export type Vocabulary = ReadonlySet<string>;

/** The corpus's words in their query form, from every article's normalized words. */
export function buildVocabulary(wordLists: Iterable<readonly string[]>): Set<string> {
  const vocabulary = new Set<string>();
  for (const words of wordLists) for (const word of words) vocabulary.add(queryForm(word));
  return vocabulary;
}

export interface EntityNames {
  name: string;
  names: readonly string[];
}

/** Normalizes the editors' entities and plurals for matching. */
export function buildLexicon(entities: readonly EntityNames[], plurals: readonly (readonly string[])[]): Lexicon {
  return {
    entities: entities.map((entity) => [entity.name, ...entity.names].map((spelling) => normalizedWords(spelling))),
    plurals: plurals.map((forms) => forms.map((form) => normalizeLetters(form))),
  };
}

const asWrittenSeen = new Map<string, string>();

/**
 * The words as Pagefind itself indexes them, sorted: split on spaces and ASCII punctuation,
 * decomposed with the combining marks dropped, which already folds hamza seats and
 * diacritics (أ → ا). Each distinct word is decomposed once per build, not once per article.
 */
function indexedAsWritten(text: string): string[] {
  const words = new Set<string>();
  for (const word of text.split(/[\s!-/:-@[-`{-~]+/u)) {
    if (word === '') continue;
    let folded = asWrittenSeen.get(word);
    if (folded === undefined)
      asWrittenSeen.set(
        word,
        (folded = word
          .normalize('NFD')
          .replace(/\p{Mn}/gu, '')
          .toLowerCase()),
      );
    if (folded !== '') words.add(folded);
  }
  return [...words].sort();
}

/**
 * Whether Pagefind would already match this form against the text: it matches query words
 * as prefixes, so a form that begins a written word adds nothing. Binary search on the sorted
 * words keeps this fast for long articles.
 */
function coveredBy(sorted: readonly string[], form: string): boolean {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle]! < form) low = middle + 1;
    else high = middle;
  }
  return low < sorted.length && sorted[low]!.startsWith(form);
}

interface LexiconIndex {
  /** Entity spellings by their first word. */
  spellingsByFirstWord: Map<string, { entity: number; words: string[] }[]>;
  /** Plural group by each of its forms. */
  groupByForm: Map<string, number>;
}

const indexes = new WeakMap<Lexicon, LexiconIndex>();

function indexOf(lexicon: Lexicon): LexiconIndex {
  let index = indexes.get(lexicon);
  if (index) return index;
  index = { spellingsByFirstWord: new Map(), groupByForm: new Map() };
  lexicon.entities.forEach((spellings, entity) => {
    for (const words of spellings) {
      if (words.length === 0) continue;
      const list = index!.spellingsByFirstWord.get(words[0]!) ?? [];
      list.push({ entity, words });
      index!.spellingsByFirstWord.set(words[0]!, list);
    }
  });
  lexicon.plurals.forEach((forms, group) => forms.forEach((form) => index!.groupByForm.set(form, group)));
  indexes.set(lexicon, index);
  return index;
}

/**
 * A word's readings without its particles, remembered: a corpus repeats the same few thousand
 * words across every article, and each was read again for each article it appears in.
 */
const variantsSeen = new Map<string, string[]>();
function variantsOf(word: string): string[] {
  let variants = variantsSeen.get(word);
  if (variants === undefined) variantsSeen.set(word, (variants = procliticVariants(word)));
  return variants;
}

/**
 * The entities a text names (indexes into lexicon.entities), by any of their spellings, a
 * particle on the first word allowed ("والاستخبارات الكورية الجنوبية").
 */
export function entitiesNamed(words: readonly string[], lexicon: Lexicon): Set<number> {
  const { spellingsByFirstWord } = indexOf(lexicon);
  const found = new Set<number>();
  words.forEach((word, i) => {
    for (const variant of variantsOf(word)) {
      for (const spelling of spellingsByFirstWord.get(variant) ?? []) {
        if (spelling.words.every((w, k) => k === 0 || words[i + k] === w)) found.add(spelling.entity);
      }
    }
  });
  return found;
}

const formsSeen = new WeakMap<Lexicon, WeakMap<Vocabulary, Map<string, string[]>>>();

/**
 * One word's query forms for the index: its stem's, its plural group's, and those of a guessed
 * particle's stem when the corpus confirms it. The same for every article the word is in, so
 * worked out once per build, not once per article.
 */
function wordForms(word: string, lexicon: Lexicon, vocabulary: Vocabulary): string[] {
  let byVocabulary = formsSeen.get(lexicon);
  if (!byVocabulary) formsSeen.set(lexicon, (byVocabulary = new WeakMap()));
  let seen = byVocabulary.get(vocabulary);
  if (!seen) byVocabulary.set(vocabulary, (seen = new Map()));
  const known = seen.get(word);
  if (known) return known;

  const { groupByForm } = indexOf(lexicon);
  const forms = new Set<string>();
  // Plural groups are looked up by the full stem (قذائف), their forms added in query form.
  const addWithPlurals = (stem: string) => {
    forms.add(queryForm(stem));
    const group = groupByForm.get(stem);
    if (group !== undefined) for (const other of lexicon.plurals[group]!) forms.add(queryForm(other));
  };
  const stem = articleStem(word);
  addWithPlurals(stem);
  for (const variant of variantsOf(word)) {
    // A guessed particle ("بقذائف" → قذائف) counts only when the corpus knows the rest as a
    // word or it names a plural; "وزير" → زير would add noise and false friends.
    if (variant !== word && variant !== stem && !variant.startsWith('ال')) {
      if (vocabulary.has(queryForm(variant)) || groupByForm.has(variant)) addWithPlurals(variant);
    }
  }
  const result = [...forms];
  seen.set(word, result);
  return result;
}

/**
 * The extra word forms that let a reader's spelling find this text, for an index-only part of
 * the page. Queries are prepared to their query form (normalized, without ال and the particles
 * before it, numbers as digits: search-query.ts), so the index needs each word's query form
 * where Pagefind's own indexing of the written word differs from it: ة/ه, ى/ي, a particle or
 * punctuation attached, separators in numbers. Besides: numbers written in words as digits,
 * every spelling of each entity the text names, the other forms of its broken plurals, and a
 * guessed particle's stem when the corpus confirms it is a word.
 */
export function searchExtras(
  text: string,
  lexicon: Lexicon,
  vocabulary: Vocabulary = new Set(),
  // A caller that already normalized the text and found its entities passes them in.
  words: readonly string[] = normalizedWords(text),
  named: ReadonlySet<number> = entitiesNamed(words, lexicon),
): string[] {
  const extras = new Set<string>();
  for (const word of new Set(words)) for (const form of wordForms(word, lexicon, vocabulary)) extras.add(form);
  for (const entity of named) {
    for (const spelling of lexicon.entities[entity]!) for (const w of spelling) extras.add(queryForm(w));
  }
  for (const number of numberWords(words)) extras.add(number.value);

  const asWritten = indexedAsWritten(text);
  return [...extras].filter((form) => !coveredBy(asWritten, form));
}
