/**
 * Numbers written with words as digits, so a reader who types 11000, 11,000, ١١٠٠٠ or
 * «11 ألف» finds an article that wrote «أحد عشر ألفًا», and the other way round. The same
 * reading serves the index (an article's numbers as extra forms: search/extras.ts), the
 * query (search/query.ts) and the excerpt's marks (search/excerpt.ts), so the two sides meet.
 *
 * Words arrive normalized (normalizeLetters): hamza seats bare, ة as ه, ى as ي, no diacritics
 * or tanween («ألفًا» → الفا). What is read, in every case form and both genders:
 * - 1–9 (واحد، اثنتين، ثلاث، ثمانية…), 10 (عشرة، عشر), the tens (عشرون، عشرين…);
 * - 11–19 as a unit before عشر/عشرة, with the forms only a compound takes (أحد عشر، إحدى
 *   عشرة، اثنا عشر، اثني عشر); a unit before و + tens (خمسة وعشرون، إحدى وعشرين);
 * - hundreds joined or apart (مئة، مائة، مئتان، مئتي، مائتا، ثلاثمئة، ثلاثمائة، ثمانمئة،
 *   ثلاث مئة), then و + the rest (مئة وخمسون، ثلاثمئة وخمسة وعشرون);
 * - ألف، مليون، مليار، بليون، تريليون after what counts them (ثلاثة آلاف، أحد عشر ألفًا، مئة
 *   ألف، 1.2 مليون، 12 ألف), alone in the singular (ألف = 1000) or the dual (ألفان، ألفين،
 *   ألفي، ألفا جندي = 2000), each smaller one joined by و (ثلاثة ملايين ومئتا ألف، ألفان
 *   وخمسمئة، ألف و500, and مئة وألف = 101000 as the grammar has it);
 * - a number that opens with و, ف, ب, ك or ل («بعشرة آلاف»، «وخمسة»، «بـ12 ألف»).
 * Not numbers: a plural scale word alone (آلاف، ملايين: «thousands»), مئات and عشرات, the
 * ordinals (الأول، ثالث), a word under ال (الاثنين and الأحد are days), أحد or إحدى alone
 * («one of»), and a particle on a three-letter feminine unit alone («لست» is "I am not").
 *
 * The rules are those arabicNumberWords (number-to-words.ts) writes by, and its output is
 * read back to the same number in the unit test, in each case form and spelling.
 */

/** A word that is part of a number, as the grammar uses it. */
type NumberWord =
  /** 1–9; `bound`: a form used only before عشر or و + tens (أحد، إحدى، اثنا، اثني). */
  | { kind: 'unit'; value: number; bound: boolean }
  /** عشر، عشرة: 10 alone, or the teen after a unit. */
  | { kind: 'ten' }
  /** 20–90. */
  | { kind: 'tens'; value: number }
  /** 100–900; `bare`: مئة itself, which a unit before it multiplies (ثلاث مئة). */
  | { kind: 'hundreds'; value: number; bare: boolean }
  /**
   * ألف and the larger scales. `alone`: how many it counts with no number before it (ألف 1,
   * ألفان 2, none for آلاف); `counted`: whether a number before it can count it (not ألفان).
   */
  | { kind: 'scale'; value: number; alone: number | undefined; counted: boolean }
  /** Digits, a count before a scale word (12 ألف، 1.2 مليون) or a part after و (ألف و500). */
  | { kind: 'digits'; value: number; whole: boolean };

const WORDS = new Map<string, NumberWord>();
const unit = (value: number, bound = false): NumberWord => ({ kind: 'unit', value, bound });

for (const [value, forms] of [
  [1, ['واحد', 'واحده', 'واحدا']],
  [2, ['اثنان', 'اثنين', 'اثنتان', 'اثنتين']],
  [3, ['ثلاث', 'ثلاثه']],
  [4, ['اربع', 'اربعه']],
  [5, ['خمس', 'خمسه']],
  [6, ['ست', 'سته']],
  [7, ['سبع', 'سبعه']],
  [8, ['ثمان', 'ثماني', 'ثمانيه', 'ثمانيا']],
  [9, ['تسع', 'تسعه']],
] as const) {
  for (const form of forms) WORDS.set(form, unit(value));
}
for (const form of ['احد', 'احدي']) WORDS.set(form, unit(1, true));
for (const form of ['اثنا', 'اثني', 'اثنتا', 'اثنتي']) WORDS.set(form, unit(2, true));
WORDS.set('عشر', { kind: 'ten' });
WORDS.set('عشره', { kind: 'ten' });
['عشر', 'ثلاث', 'اربع', 'خمس', 'ست', 'سبع', 'ثمان', 'تسع'].forEach((stem, i) => {
  for (const ending of ['ون', 'ين']) WORDS.set(stem + ending, { kind: 'tens', value: (i + 2) * 10 });
});
// مئة and مائة, after normalization (ئ → ي, ة → ه); the dual in each case and spelling.
for (const hundred of ['ميه', 'مايه']) WORDS.set(hundred, { kind: 'hundreds', value: 100, bare: true });
for (const stem of ['ميت', 'مايت']) {
  for (const ending of ['ان', 'ين', 'ا', 'ي']) WORDS.set(stem + ending, { kind: 'hundreds', value: 200, bare: false });
}
// 300–900 written as one word: ثلاثمئة، ثلاثمائة، ثمانمئة، ثمانيمائة…
for (const [stem, value] of [
  ['ثلاث', 3],
  ['اربع', 4],
  ['خمس', 5],
  ['ست', 6],
  ['سبع', 7],
  ['ثمان', 8],
  ['ثماني', 8],
  ['تسع', 9],
] as const) {
  for (const hundred of ['ميه', 'مايه']) WORDS.set(stem + hundred, { kind: 'hundreds', value: value * 100, bare: false });
}
// Each scale word in each form a count gives it: the singular (after 1, 100 and as a
// genitive), the accusative of 11–99 (ألفًا), which alone is the dual before a noun (ألفا
// جندي), the dual, and the plural of 3–10.
for (const { value, one, many, two, few } of [
  { value: 1e3, one: ['الف'], many: ['الفا'], two: ['الفان', 'الفين', 'الفي'], few: ['الاف', 'الوف'] },
  { value: 1e6, one: ['مليون'], many: ['مليونا'], two: ['مليونان', 'مليونين', 'مليوني'], few: ['ملايين'] },
  { value: 1e9, one: ['مليار'], many: ['مليارا'], two: ['ملياران', 'مليارين', 'ملياري'], few: ['مليارات'] },
  { value: 1e9, one: ['بليون'], many: ['بليونا'], two: ['بليونان', 'بليونين', 'بليوني'], few: ['بلايين'] },
  ...['تريليون', 'ترليون'].map((word) => ({
    value: 1e12,
    one: [word],
    many: [`${word}ا`],
    two: [`${word}ان`, `${word}ين`, `${word}ي`],
    few: [`${word}ات`],
  })),
]) {
  for (const form of one) WORDS.set(form, { kind: 'scale', value, alone: 1, counted: true });
  for (const form of many) WORDS.set(form, { kind: 'scale', value, alone: 2, counted: true });
  for (const form of two) WORDS.set(form, { kind: 'scale', value, alone: 2, counted: false });
  for (const form of few) WORDS.set(form, { kind: 'scale', value, alone: undefined, counted: true });
}

const DIGITS = /^\d+(?:\.\d+)?$/;
/** Particles a number can open with: و or ف, then ب ك ل; or ب ك ل alone. */
const PARTICLES = ['و', 'ف', 'ب', 'ك', 'ل', 'وب', 'وك', 'ول', 'فب', 'فك', 'فل'];
/**
 * The feminine units of three letters, which after a particle are too often another word when
 * they stand alone: «لست» (I am not), «وتسع» (and it holds), «بست» (best), «بخمس» (with a
 * fifth). With a ة, or followed by more of a number («بخمس مئة»), they are read.
 */
const AMBIGUOUS_AFTER_PARTICLE = new Set(['ست', 'سبع', 'خمس', 'تسع', 'عشر']);

/** A word that may open a number; `short`: an ambiguous unit after a particle, a number only with more after it. */
interface Opening {
  read: NumberWord;
  short: boolean;
}
// Every word that opens a number, with its particles already in place, so that a word of the
// text costs one lookup: the word itself wins («واحد» is one, not و + أحد).
const OPENINGS = new Map<string, Opening>();
for (const [form, read] of WORDS) OPENINGS.set(form, { read, short: false });
for (const particle of PARTICLES) {
  for (const [form, read] of WORDS) {
    if (!OPENINGS.has(particle + form)) OPENINGS.set(particle + form, { read, short: AMBIGUOUS_AFTER_PARTICLE.has(form) });
  }
}

/** Digits as a number word, or undefined. */
function digitsWord(word: string): NumberWord | undefined {
  const code = word.charCodeAt(0);
  if (code < 48 || code > 57 || !DIGITS.test(word)) return undefined;
  return { kind: 'digits', value: Number(word), whole: !word.includes('.') };
}

/** A word as a number word, or digits; undefined for any other word. */
function numberWord(word: string): NumberWord | undefined {
  return WORDS.get(word) ?? digitsWord(word);
}

/** A word that may open a number: itself, or digits after up to two particle letters («بـ12»). */
function opening(word: string): Opening | undefined {
  const known = OPENINGS.get(word);
  if (known !== undefined) return known;
  // Digits are looked at only where a digit is: first, or after one or two letters.
  for (let letters = 0; letters <= 2; letters++) {
    const code = word.charCodeAt(letters);
    if (code < 48 || code > 57) continue;
    if (letters > 0 && !PARTICLES.includes(word.slice(0, letters))) return undefined;
    const read = digitsWord(word.slice(letters));
    return read === undefined ? undefined : { read, short: false };
  }
  return undefined;
}

/**
 * One number as its words are read, from the largest part to the smallest: the scale groups
 * already counted (total), and the group below the next scale word, with what it has so far.
 */
class NumberBeingRead {
  total = 0;
  /** The smallest scale counted so far: the next must be smaller. */
  smallestScale = Infinity;
  group = 0;
  hasHundreds = false;
  /** The group's units and tens: none yet, a unit that tens or عشر may follow, or done. */
  below: 'none' | 'unit' | 'done' = 'none';
  /** A compound's first word (أحد) waits for عشر or و + tens. */
  awaitsTens = false;
  /** Digits with a fraction (1.2) wait for their scale word. */
  awaitsScale = false;
  /** Number words read, digits not counted: digits alone are no number in words. */
  words = 0;
  private started = false;

  get value(): number {
    const n = this.total + this.group;
    return Number.isInteger(n) ? n : Math.round(n * 1000) / 1000;
  }

  get complete(): boolean {
    return !this.awaitsTens && !this.awaitsScale && this.words > 0;
  }

  /** Whether the group is empty after a scale word: «ألف و…» takes any smaller part. */
  private get freshAfterScale(): boolean {
    return this.total > 0 && this.group === 0 && !this.hasHundreds && this.below === 'none';
  }

  /** Whether a part joined by و can follow: after hundreds alone, or after a scale word. */
  private get takesJoinedPart(): boolean {
    return !this.awaitsTens && this.below === 'none' && (this.hasHundreds || this.freshAfterScale);
  }

  /** Reads one more word, `joined` when و stands before it; false when it is not part of this number. */
  take(word: NumberWord, joined: boolean): boolean {
    const accepted = this.started ? this.continueWith(word, joined) : this.openWith(word);
    if (accepted) {
      this.started = true;
      if (word.kind !== 'digits') this.words++;
    }
    return accepted;
  }

  private openWith(word: NumberWord): boolean {
    switch (word.kind) {
      case 'unit':
        [this.group, this.below, this.awaitsTens] = [word.value, 'unit', word.bound];
        return true;
      case 'ten':
        [this.group, this.below] = [10, 'done'];
        return true;
      case 'tens':
        [this.group, this.below] = [word.value, 'done'];
        return true;
      case 'hundreds':
        [this.group, this.hasHundreds] = [word.value, true];
        return true;
      case 'scale':
        return word.alone !== undefined && this.count(word, word.alone);
      case 'digits':
        [this.group, this.hasHundreds, this.below, this.awaitsScale] = [word.value, true, 'done', !word.whole];
        return true;
    }
  }

  private continueWith(word: NumberWord, joined: boolean): boolean {
    switch (word.kind) {
      case 'unit':
        if (!joined || !this.takesJoinedPart) return false;
        [this.group, this.below, this.awaitsTens] = [this.group + word.value, 'unit', word.bound];
        return true;
      case 'ten':
        // ثلاثة عشر: the teen, with no و; مئة وعشرة: ten as the group's last part.
        if (joined ? !this.takesJoinedPart : this.below !== 'unit') return false;
        [this.group, this.below, this.awaitsTens] = [this.group + 10, 'done', false];
        return true;
      case 'tens':
        if (!joined || !(this.below === 'unit' || this.takesJoinedPart)) return false;
        [this.group, this.below, this.awaitsTens] = [this.group + word.value, 'done', false];
        return true;
      case 'hundreds':
        if (joined) {
          if (!this.freshAfterScale) return false;
          [this.group, this.hasHundreds] = [word.value, true];
          return true;
        }
        // ثلاث مئة: a unit from 3 to 9, alone in its group, times مئة.
        if (!word.bare || this.below !== 'unit' || this.awaitsTens || this.hasHundreds || this.group < 3) return false;
        [this.group, this.hasHundreds, this.below] = [this.group * 100, true, 'none'];
        return true;
      case 'scale':
        if (this.awaitsTens || word.value >= this.smallestScale) return false;
        if (!joined) return this.group > 0 && word.counted && this.count(word, this.group);
        if (word.alone === undefined) return false;
        // مليون وألف; مئة وألف (101,000): the hundreds before it are counted with it.
        if (this.freshAfterScale) return this.count(word, word.alone);
        return this.takesJoinedPart && this.count(word, this.group + word.alone);
      case 'digits':
        if (!joined || !word.whole || word.value >= 1000 || !this.freshAfterScale) return false;
        [this.group, this.hasHundreds, this.below] = [word.value, true, 'done'];
        return true;
    }
  }

  private count(scale: Extract<NumberWord, { kind: 'scale' }>, count: number): boolean {
    this.total += count * scale.value;
    this.smallestScale = scale.value;
    [this.group, this.hasHundreds, this.below, this.awaitsScale] = [0, false, 'none', false];
    return true;
  }
}

/** Where a number read from `start` ends (one past its last word) and what it is. */
interface Reading {
  end: number;
  value: number;
}

/**
 * The number that begins at `start`, as long as the words go on to make one, or undefined.
 * Each word costs a lookup or two; when a word breaks the number, it ends at its last
 * complete state, at most a few words back («ثلاثة آلاف وخمسة آلاف» is 3000, then 5000), and
 * the next number is read from there, so a text is read in linear time.
 */
function readNumber(words: readonly string[], start: number): Reading | undefined {
  const first = opening(words[start]!);
  if (first === undefined) return undefined;
  const number = new NumberBeingRead();
  if (!number.take(first.read, false)) return undefined;
  let complete: Reading | undefined = number.complete ? { end: start + 1, value: number.value } : undefined;
  // After the last scale word: where the number ends when the group after it counts a scale
  // word it cannot take.
  let afterScale: Reading | undefined = number.total > 0 ? complete : undefined;
  let waw = false; // a lone و before this word
  for (let i = start + 1; i < words.length; i++) {
    const word = words[i]!;
    if (word === 'و' && !waw) {
      waw = true;
      continue;
    }
    const scaleBefore = number.total;
    const joinedRead = !waw && word.startsWith('و') ? numberWord(word.slice(1)) : undefined;
    let accepted = joinedRead !== undefined && number.take(joinedRead, true);
    const read = numberWord(word);
    if (!accepted) accepted = read !== undefined && number.take(read, waw);
    if (!accepted) {
      // «ثلاثة آلاف وخمسة آلاف»: خمسة counts the second آلاف, so it opens the next number.
      if (read?.kind === 'scale' && number.group > 0 && afterScale !== undefined) return afterScale;
      break;
    }
    waw = false;
    if (number.total !== scaleBefore) afterScale = { end: i + 1, value: number.value };
    if (number.complete) complete = { end: i + 1, value: number.value };
  }
  if (complete === undefined || (first.short && complete.end === start + 1)) return undefined;
  return complete;
}

/**
 * The numbers a run of normalized words states with words, each with where it starts and how
 * many words it spans: ["ارسلت", "12", "الف"] → [{ start: 1, length: 2, value: "12000" }].
 * Digits alone are no span: they are already digits.
 */
export function numberWords(words: readonly string[]): { start: number; length: number; value: string }[] {
  const found: { start: number; length: number; value: string }[] = [];
  for (let i = 0; i < words.length;) {
    const reading = readNumber(words, i);
    if (reading === undefined) {
      i++;
      continue;
    }
    found.push({ start: i, length: reading.end - i, value: String(reading.value) });
    i = reading.end;
  }
  return found;
}

/** The words with each number written in words replaced by its digits. */
export function numbersAsDigits(words: readonly string[]): string[] {
  const out: string[] = [];
  const spans = new Map(numberWords(words).map((span) => [span.start, span]));
  for (let i = 0; i < words.length; i++) {
    const span = spans.get(i);
    if (span) {
      out.push(span.value);
      i += span.length - 1;
    } else out.push(words[i]!);
  }
  return out;
}
