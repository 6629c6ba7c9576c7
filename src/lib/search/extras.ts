import { articleStem, normalizedWords, normalizeLetters, procliticVariants, queryForm } from '../arabic/normalize.ts';
import { numberWords } from '../arabic/number-words.ts';
import { searchForm, suffixStem, verbStem } from '../arabic/light-stem.ts';

/** What search knows beyond the text itself, normalized once per build. */
export interface Lexicon {
  /** For each entity, every spelling of its name as normalized words. */
  entities: string[][][];
  /** Groups of word forms that are one word: a singular and its broken plurals. */
  plurals: string[][];
}

/**
 * Every word of the corpus in its query form (normalized, without ال and the particles before
 * it), with the number of texts that have it. It confirms a guessed particle: "بقذائف" is ب +
 * قذائف because more texts have قذائف than بقذائف, while "وزير" is not و + زير.
 */
export type Vocabulary = ReadonlyMap<string, number>;

/** One text's words as the vocabulary counts them: each query form once. */
export function vocabularyOf(words: readonly string[]): string[] {
  return [...new Set(words.map(queryForm))];
}

/** Counts one text's vocabulary (vocabularyOf) into the corpus's. */
export function countVocabulary(vocabulary: Map<string, number>, forms: readonly string[]): void {
  for (const form of forms) vocabulary.set(form, (vocabulary.get(form) ?? 0) + 1);
}

/** Counts one text's normalized words into a vocabulary, each query form once. */
export function addToVocabulary(vocabulary: Map<string, number>, words: readonly string[]): void {
  countVocabulary(vocabulary, vocabularyOf(words));
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

/**
 * Whether what is left of a word without a guessed particle is long enough to be read as a
 * word: four letters, a final ه (ة) not counted. Shorter, it is too often a word's own letters
 * (وزير، وكالة، لجنة، كتاب).
 */
function isGuessableStem(rest: string): boolean {
  return rest.replace(/ه$/, '').length >= 4;
}

/** Looks a key up in a memo, working its value out the first time. */
function remembered<V>(memo: Map<string, V>, key: string, work: (key: string) => V): V {
  let value = memo.get(key);
  if (value === undefined) memo.set(key, (value = work(key)));
  return value;
}

/**
 * An index-only form as one text gives it, before the corpus is known: a form kept always, or
 * `[form, word]`, kept only when the corpus has `word` in its vocabulary (a verb's stem), or
 * `[form, word, whole]`, kept only when more texts have `word` than `whole` (a guessed
 * particle's stem: «لبنان» is a word of its own, not ل + بنان, wherever بنان is rarer). A
 * text's candidates depend on nothing but the text and the lexicon, so a build can keep them
 * with the article and decide them against each new corpus.
 */
export type FormCandidate = string | readonly [form: string, ifWord: string, overWord?: string];

/** A text's index-only forms, its candidates decided against the corpus's vocabulary. */
export function resolveForms(candidates: readonly FormCandidate[], vocabulary: Vocabulary): string[] {
  const forms = new Set<string>();
  for (const candidate of candidates) {
    if (typeof candidate === 'string') {
      forms.add(candidate);
      continue;
    }
    const [form, ifWord, overWord] = candidate;
    const texts = vocabulary.get(ifWord) ?? 0;
    if (texts > 0 && (overWord === undefined || texts > (vocabulary.get(overWord) ?? 0))) forms.add(form);
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
    private readonly vocabulary: Vocabulary = new Map(),
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
   * One word's candidate query forms for the index: its stem's, its plural group's (by its stem
   * without endings too), a Latin name's under a particle, and, on the condition that the
   * corpus knows the rest as a word, those of a guessed particle's stem, of a verb without its
   * imperfect prefix and of a second ال that was آ. The same for every article the word is in.
   */
  private wordForms(word: string): FormCandidate[] {
    return remembered(this.formsSeen, word, () => {
      const forms: FormCandidate[] = [];
      const seen = new Set<string>();
      // Plural groups are looked up by the full stem (قذائف), their forms added in query form.
      const addWithPlurals = (stem: string, ifWord?: string, overWord?: string) => {
        const group = this.groupByForm.get(stem);
        const stems = group === undefined ? [stem] : [stem, ...this.lexicon.plurals[group]!];
        for (const form of stems.map(queryForm)) {
          // A form kept always makes the same form on a condition redundant, not the reverse.
          const key = ifWord === undefined ? form : `${form}\u0000${ifWord}`;
          if (seen.has(key) || seen.has(form)) continue;
          seen.add(key);
          if (ifWord === undefined) forms.push(form);
          else forms.push(overWord === undefined ? [form, ifWord] : [form, ifWord, overWord]);
        }
      };
      const stem = articleStem(word);
      addWithPlurals(stem);
      // Without its endings a broken plural under a pronoun finds its group: «جنودهم» → جنود, جندي.
      const bare = suffixStem(stem);
      if (bare !== stem && this.groupByForm.has(bare)) addWithPlurals(bare);
      // A verb's imperfect prefix read off («يتخلى» → تخلى), for a reader who types another
      // person or tense: only if the corpus has the rest as a word, for it is a guess.
      const past = verbStem(stem);
      if (past !== undefined) addWithPlurals(past, searchForm(past));
      // آ loses its madda in normalized text, so «الآلاف» reads as ال + الاف: its second
      // reading, «آلاف» → اف, is the query form of a reader's «آلاف» or «الاف».
      if (stem !== word && stem.startsWith('ال')) {
        const again = articleStem(stem);
        if (again !== stem) addWithPlurals(again, queryForm(again));
      }
      // A particle fused to a Latin name («وCNN») is a particle for certain.
      const latin = /^[وفبكل]{1,2}([a-z][a-z0-9]*)$/.exec(word)?.[1];
      if (latin !== undefined) addWithPlurals(latin);
      for (const variant of this.variantsOf(word)) {
        // A guessed particle ("بقذائف" → قذائف) counts when it names a plural, or when the rest
        // has four letters and more texts have it than the whole word: "وزير" → زير, "لبنان" →
        // بنان would be false friends.
        if (variant === word || variant === stem || variant.startsWith('ال')) continue;
        if (this.groupByForm.has(variant)) addWithPlurals(variant);
        else if (isGuessableStem(variant)) addWithPlurals(variant, queryForm(variant), queryForm(word));
      }
      return forms;
    });
  }
}

/** One text's index-only word forms (see SearchForms.extras), for a caller with one text. */
export function searchExtras(text: string, lexicon: Lexicon, vocabulary?: Vocabulary): string[] {
  return new SearchForms(lexicon, vocabulary).extras(text);
}
