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

/** Adds one text's normalized words to a vocabulary, in their query form. */
export function addToVocabulary(vocabulary: Set<string>, words: readonly string[]): void {
  for (const word of words) vocabulary.add(queryForm(word));
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

/** Looks a key up in a memo, working its value out the first time. */
function remembered<V>(memo: Map<string, V>, key: string, work: (key: string) => V): V {
  let value = memo.get(key);
  if (value === undefined) memo.set(key, (value = work(key)));
  return value;
}

/**
 * An index-only form as one text gives it, before the corpus is known: a form kept always, or
 * `[form, word]`, kept only when the corpus has `word` in its vocabulary (a guessed particle's
 * stem, see SearchForms.wordForms). A text's candidates depend on nothing but the text and the
 * lexicon, so a build can keep them with the article and decide them against each new corpus.
 */
export type FormCandidate = string | readonly [form: string, ifWord: string];

/** A text's index-only forms, its candidates decided against the corpus's vocabulary. */
export function resolveForms(candidates: readonly FormCandidate[], vocabulary: Vocabulary): string[] {
  const forms = new Set<string>();
  for (const candidate of candidates) {
    if (typeof candidate === 'string') forms.add(candidate);
    else if (vocabulary.has(candidate[1])) forms.add(candidate[0]);
  }
  return [...forms];
}

/**
 * The index-only word forms of a corpus's articles, for one lexicon. A corpus repeats the same
 * few thousand words across every article, so each distinct word is read once and remembered
 * here. The memos belong to this object, built once per catalog: they go when the catalog goes
 * (a dev rebuild, a test), and never mix two lexicons' answers. What the corpus's vocabulary
 * decides is left to resolveForms, so nothing remembered here depends on the other articles.
 */
export class SearchForms {
  /** Entity spellings by their first word. */
  private readonly spellingsByFirstWord = new Map<string, { entity: number; words: string[] }[]>();
  /** Plural group by each of its forms. */
  private readonly groupByForm = new Map<string, number>();
  /** Each written word as Pagefind indexes it. */
  private readonly asWrittenSeen = new Map<string, string>();
  /** Each word's readings without its particles. */
  private readonly variantsSeen = new Map<string, string[]>();
  /** Each word's candidate query forms for the index. */
  private readonly formsSeen = new Map<string, FormCandidate[]>();

  constructor(
    private readonly lexicon: Lexicon,
    private readonly vocabulary: Vocabulary = new Set(),
  ) {
    lexicon.entities.forEach((spellings, entity) => {
      for (const words of spellings) {
        if (words.length === 0) continue;
        const list = this.spellingsByFirstWord.get(words[0]!) ?? [];
        list.push({ entity, words });
        this.spellingsByFirstWord.set(words[0]!, list);
      }
    });
    lexicon.plurals.forEach((forms, group) => forms.forEach((form) => this.groupByForm.set(form, group)));
  }

  /**
   * The entities a text names (indexes into lexicon.entities), by any of their spellings, a
   * particle on the first word allowed ("والاستخبارات الكورية الجنوبية").
   */
  entitiesNamed(words: readonly string[]): Set<number> {
    const found = new Set<number>();
    words.forEach((word, i) => {
      for (const variant of this.variantsOf(word)) {
        for (const spelling of this.spellingsByFirstWord.get(variant) ?? []) {
          if (spelling.words.every((w, k) => k === 0 || words[i + k] === w)) found.add(spelling.entity);
        }
      }
    });
    return found;
  }

  /**
   * The extra word forms that let a reader's spelling find this text, for an index-only part of
   * the page: its candidates (below) decided against the vocabulary this object was given.
   */
  extras(
    text: string,
    // A caller that already normalized the text and found its entities passes them in.
    words: readonly string[] = normalizedWords(text),
    named: ReadonlySet<number> = this.entitiesNamed(words),
  ): string[] {
    return resolveForms(this.candidates(text, words, named), this.vocabulary);
  }

  /**
   * A text's index-only forms before the corpus is known (FormCandidate). Queries are prepared
   * to their query form (normalized, without ال and the particles before it, numbers as digits:
   * query.ts), so the index needs each word's query form where Pagefind's own indexing of the
   * written word differs from it: ة/ه, ى/ي, a particle or punctuation attached, separators in
   * numbers. Besides: numbers written in words as digits, every spelling of each entity the
   * text names, the other forms of its broken plurals, and a guessed particle's stem, which
   * the corpus must confirm is a word.
   */
  candidates(text: string, words: readonly string[], named: ReadonlySet<number>): FormCandidate[] {
    const candidates: FormCandidate[] = [];
    const always = new Set<string>();
    const addAlways = (form: string) => {
      if (!always.has(form)) candidates.push(form);
      always.add(form);
    };
    for (const word of new Set(words)) {
      for (const candidate of this.wordForms(word)) {
        if (typeof candidate === 'string') addAlways(candidate);
        else if (!always.has(candidate[0])) candidates.push(candidate);
      }
    }
    for (const entity of named) {
      for (const spelling of this.lexicon.entities[entity]!) for (const w of spelling) addAlways(queryForm(w));
    }
    for (const number of numberWords(words)) addAlways(number.value);

    const asWritten = this.indexedAsWritten(text);
    return candidates.filter((candidate) => !coveredBy(asWritten, typeof candidate === 'string' ? candidate : candidate[0]));
  }

  private variantsOf(word: string): string[] {
    return remembered(this.variantsSeen, word, procliticVariants);
  }

  /**
   * The words as Pagefind itself indexes them, sorted: split on spaces and ASCII punctuation,
   * decomposed with the combining marks dropped, which already folds hamza seats and
   * diacritics (أ → ا).
   */
  private indexedAsWritten(text: string): string[] {
    const words = new Set<string>();
    for (const word of text.split(/[\s!-/:-@[-`{-~]+/u)) {
      if (word === '') continue;
      const folded = remembered(this.asWrittenSeen, word, (w) =>
        w
          .normalize('NFD')
          .replace(/\p{Mn}/gu, '')
          .toLowerCase(),
      );
      if (folded !== '') words.add(folded);
    }
    return [...words].sort();
  }

  /**
   * One word's candidate query forms for the index: its stem's, its plural group's, and those
   * of a guessed particle's stem, on the condition that the corpus knows that stem as a word.
   * The same for every article the word is in.
   */
  private wordForms(word: string): FormCandidate[] {
    return remembered(this.formsSeen, word, () => {
      const forms: FormCandidate[] = [];
      const seen = new Set<string>();
      // Plural groups are looked up by the full stem (قذائف), their forms added in query form.
      const addWithPlurals = (stem: string, ifWord?: string) => {
        const group = this.groupByForm.get(stem);
        const stems = group === undefined ? [stem] : [stem, ...this.lexicon.plurals[group]!];
        for (const form of stems.map(queryForm)) {
          // A form kept always makes the same form on a condition redundant, not the reverse.
          const key = ifWord === undefined ? form : `${form}\u0000${ifWord}`;
          if (seen.has(key) || seen.has(form)) continue;
          seen.add(key);
          forms.push(ifWord === undefined ? form : [form, ifWord]);
        }
      };
      const stem = articleStem(word);
      addWithPlurals(stem);
      for (const variant of this.variantsOf(word)) {
        // A guessed particle ("بقذائف" → قذائف) counts only when the corpus knows the rest as a
        // word or it names a plural; "وزير" → زير would add noise and false friends.
        if (variant !== word && variant !== stem && !variant.startsWith('ال')) {
          addWithPlurals(variant, this.groupByForm.has(variant) ? undefined : queryForm(variant));
        }
      }
      return forms;
    });
  }
}

/** One text's index-only word forms (see SearchForms.extras), for a caller with one text. */
export function searchExtras(text: string, lexicon: Lexicon, vocabulary?: Vocabulary): string[] {
  return new SearchForms(lexicon, vocabulary).extras(text);
}
