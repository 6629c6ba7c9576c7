/**
 * A figure written out in Arabic words (تفقيط): 2700 → «ألفان وسبعمئة», for the figure's own
 * page, where the number is shown in digits and spelled out beside it.
 *
 * The form is the Modern Standard Arabic cardinal as an abstract number: masculine and
 * nominative, agreeing with no counted noun (the page names the unit separately). Only the
 * scale words ألف / مليون / مليار are counted, and they take the form Arabic grammar gives a
 * counted noun after what stands before them:
 * - 1 and 2 are the singular and the dual alone: ألف، ألفان (never «واحد ألف»);
 * - 3 to 10 take the plural, genitive: ثلاثة آلاف، عشرة ملايين;
 * - 11 to 99 take the singular, accusative with tanween: أحد عشر ألفًا، خمسون مليونًا;
 * - a round hundred takes the singular, genitive: مئة ألف، ثلاثمئة مليون, and مئتان loses its
 *   nun before it as the first half of a construct: مئتا ألف;
 * - a compound (مئة وخمسون) is read from the largest part to the smallest and the counted word
 *   follows the rule of its last part: 150000 «مئة وخمسون ألفًا», 103000 «مئة وثلاثة آلاف»,
 *   102000 «مئة وألفان», 101000 «مئة وألف».
 * Parts are joined with و written onto the next word («ألفان وسبعمئة»), units before tens
 * («واحد وعشرون»), and a zero part is left out (1001 «ألف وواحد»).
 *
 * Spelling: مئة, not the older مائة (whose alef was never pronounced), and the hundreds from
 * 300 to 900 written as one word (ثلاثمئة … تسعمئة, with ثمانمئة for 800), as current style
 * guides write them. The tanween of «ألفًا» sits on the letter before the alef, as in plural.ts.
 */

const ONES = ['', 'واحد', 'اثنان', 'ثلاثة', 'أربعة', 'خمسة', 'ستة', 'سبعة', 'ثمانية', 'تسعة'] as const;
const TEENS = ['عشرة', 'أحد عشر', 'اثنا عشر'] as const;
const TENS = ['', '', 'عشرون', 'ثلاثون', 'أربعون', 'خمسون', 'ستون', 'سبعون', 'ثمانون', 'تسعون'] as const;
const HUNDREDS = ['', 'مئة', 'مئتان', 'ثلاثمئة', 'أربعمئة', 'خمسمئة', 'ستمئة', 'سبعمئة', 'ثمانمئة', 'تسعمئة'] as const;
// مئتان as the first half of a construct (مئتا ألف) drops its nun.
const TWO_HUNDRED_BEFORE_NOUN = 'مئتا';

/** The forms of a scale word, by what counts it. */
interface Scale {
  value: number;
  /** 1, and after a round hundred: ألف. */
  one: string;
  /** 2: ألفان. */
  two: string;
  /** 3–10: آلاف. */
  few: string;
  /** 11–99: ألفًا. */
  many: string;
}

// Largest first, the order the words are read in.
const SCALES: readonly Scale[] = [
  { value: 1e9, one: 'مليار', two: 'ملياران', few: 'مليارات', many: 'مليارًا' },
  { value: 1e6, one: 'مليون', two: 'مليونان', few: 'ملايين', many: 'مليونًا' },
  { value: 1e3, one: 'ألف', two: 'ألفان', few: 'آلاف', many: 'ألفًا' },
];

/** The largest number written: 999,999,999,999, the last one below a trillion (تريليون). */
export const MAX_NUMBER_WORDS = 1e12 - 1;

/** 1–99 as its parts, units before tens: 21 → ["واحد", "عشرون"]. */
function belowHundred(n: number): string[] {
  if (n < 10) return [ONES[n]!];
  if (n < 13) return [TEENS[n - 10]!];
  if (n < 20) return [`${ONES[n - 10]!} عشر`];
  const units = n % 10;
  const tens = TENS[Math.floor(n / 10)]!;
  return units === 0 ? [tens] : [ONES[units]!, tens];
}

/** 1–999 as its parts: 250 → ["مئتان", "خمسون"]. */
function belowThousand(n: number): string[] {
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  return [...(hundreds > 0 ? [HUNDREDS[hundreds]!] : []), ...(rest > 0 ? belowHundred(rest) : [])];
}

/** 1–999 of a scale word as parts: 150 thousands → ["مئة", "خمسون ألفًا"]. */
function counted(n: number, scale: Scale): string[] {
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  if (rest === 0) {
    const head = hundreds === 2 ? TWO_HUNDRED_BEFORE_NOUN : HUNDREDS[hundreds]!;
    return [`${head} ${scale.one}`];
  }
  const before = hundreds > 0 ? [HUNDREDS[hundreds]!] : [];
  if (rest === 1) return [...before, scale.one];
  if (rest === 2) return [...before, scale.two];
  const parts = belowHundred(rest);
  const form = rest <= 10 ? scale.few : scale.many;
  parts[parts.length - 1] = `${parts.at(-1)!} ${form}`;
  return [...before, ...parts];
}

/**
 * A whole number from 1 to 999,999,999,999 in Arabic words: 2500000000 → «ملياران وخمسمئة مليون».
 * Throws a RangeError for anything else: 0 and negatives are not figures (the schema wants
 * a number above zero), and a fraction is refused rather than rounded, because words that
 * say a different number than the digits beside them would misquote the source; a caller
 * with 1.5 million stores 1500000.
 */
export function arabicNumberWords(n: number): string {
  if (!Number.isFinite(n)) throw new RangeError(`Cannot write ${n} in words: it is not a finite number.`);
  if (!Number.isInteger(n))
    throw new RangeError(`Cannot write ${n} in words: only whole numbers are written out (store 1.5 million as 1500000).`);
  if (n < 1) throw new RangeError(`Cannot write ${n} in words: a figure is a number above zero.`);
  if (n > MAX_NUMBER_WORDS) throw new RangeError(`Cannot write ${n} in words: the largest is ${MAX_NUMBER_WORDS} (999,999,999,999).`);

  const parts: string[] = [];
  let rest = n;
  for (const scale of SCALES) {
    const count = Math.floor(rest / scale.value);
    rest %= scale.value;
    if (count > 0) parts.push(...counted(count, scale));
  }
  if (rest > 0) parts.push(...belowThousand(rest));
  return parts.join(' و');
}
