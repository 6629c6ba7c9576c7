import { certainVariants, normalizedWords, normalizeLetters, procliticVariants } from './arabic-normalize.ts';
import { numberWords } from './number-words.ts';

/** What search knows beyond the text itself, normalized once per build. */
export interface Lexicon {
  /** For each entity, every spelling of its name as normalized words. */
  entities: string[][][];
  /** Groups of word forms that are one word: a singular and its broken plurals. */
  plurals: string[][];
}

export interface EntityNames {
  name: string;
  names: readonly string[];
}

/** Normalizes the editors' entities and plurals for matching. */
export function buildLexicon(entities: readonly EntityNames[], plurals: ReadonlyArray<readonly string[]>): Lexicon {
  return {
    entities: entities.map((entity) => [entity.name, ...entity.names].map((spelling) => normalizedWords(spelling))),
    plurals: plurals.map((forms) => forms.map((form) => normalizeLetters(form))),
  };
}

/** The words as Pagefind itself will index them: split on spaces and ASCII punctuation. */
function indexedAsWritten(text: string): Set<string> {
  return new Set(text.toLowerCase().split(/[\s!-/:-@[-`{-~]+/u).filter(Boolean));
}

interface LexiconIndex {
  /** Entity spellings by their first word. */
  spellingsByFirstWord: Map<string, Array<{ entity: number; words: string[] }>>;
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
 * The extra word forms that let a reader's spelling find this text, for an index-only part of
 * the page: the normalized spelling of each word where it differs, each word without the
 * article and the particles before it, numbers written in words as digits, every spelling of each entity the text names,
 * and the other forms of each broken plural it uses. Words Pagefind already indexes as written
 * are left out, to keep the index small.
 */
export function searchExtras(text: string, lexicon: Lexicon): string[] {
  const { spellingsByFirstWord, groupByForm } = indexOf(lexicon);
  const words = normalizedWords(text);
  const extras = new Set<string>();
  const entitiesFound = new Set<number>();

  words.forEach((word, i) => {
    // Only certain forms enter the index; a guessed و/ف particle ("وكالة" → "كالة") would add
    // noise and false friends. Guesses may still find a name ("وبودانوف" → "بودانوف").
    for (const variant of certainVariants(word)) {
      extras.add(variant);
      const group = groupByForm.get(variant);
      if (group !== undefined) for (const form of lexicon.plurals[group]!) extras.add(form);
    }
    for (const variant of procliticVariants(word)) {
      for (const spelling of spellingsByFirstWord.get(variant) ?? []) {
        if (spelling.words.every((w, k) => k === 0 || words[i + k] === w)) entitiesFound.add(spelling.entity);
      }
    }
  });
  for (const entity of entitiesFound) for (const spelling of lexicon.entities[entity]!) for (const w of spelling) extras.add(w);
  for (const number of numberWords(words)) extras.add(number.value);

  const asWritten = indexedAsWritten(text);
  return [...extras].filter((word) => !asWritten.has(word));
}
