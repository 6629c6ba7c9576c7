/**
 * Keys are in normalized spelling (see normalizeLetters), the form the words arrive in.
 *
 * Numbers written with words ("12 ألف", "عشرة آلاف", "1.2 مليون", "ألفين") as digits, so a
 * reader who types 3000, 3,000, ٣٠٠٠ or "3 آلاف" finds an article that wrote any of them.
 * Works on normalized words (see arabic-normalize.ts): hamza seats are bare, ة is ه.
 */

// Maps, not objects: every word of every article is looked up, nearly all of them missing, and
// a missing key in an object is looked for along its prototype chain too.
function lookup(table: Record<string, number>): Map<string, number> {
  return new Map(Object.entries(table));
}

const UNITS = lookup({
  واحد: 1,
  واحده: 1,
  اثنان: 2,
  اثنين: 2,
  اثنتان: 2,
  اثنتين: 2,
  ثلاث: 3,
  ثلاثه: 3,
  اربع: 4,
  اربعه: 4,
  خمس: 5,
  خمسه: 5,
  ست: 6,
  سته: 6,
  سبع: 7,
  سبعه: 7,
  ثماني: 8,
  ثمان: 8,
  ثمانيه: 8,
  تسع: 9,
  تسعه: 9,
  عشر: 10,
  عشره: 10,
  عشرون: 20,
  عشرين: 20,
  ثلاثون: 30,
  ثلاثين: 30,
  اربعون: 40,
  اربعين: 40,
  خمسون: 50,
  خمسين: 50,
  ستون: 60,
  ستين: 60,
  سبعون: 70,
  سبعين: 70,
  ثمانون: 80,
  ثمانين: 80,
  تسعون: 90,
  تسعين: 90,
  // مئة, مائة and مئات after normalization (ئ → ي, ة → ه); the dual مئتان/مئتين is 200.
  ميه: 100,
  مايه: 100,
  ميات: 100,
  ميتان: 200,
  ميتين: 200,
  ميتا: 200,
  ميتي: 200,
});
// The counted word for thousands and millions, in every form a count takes.
const MULTIPLIERS = lookup({
  الف: 1_000,
  الاف: 1_000,
  الفا: 1_000,
  الوف: 1_000,
  مليون: 1_000_000,
  ملايين: 1_000_000,
  مليونا: 1_000_000,
  مليار: 1_000_000_000,
  مليارات: 1_000_000_000,
});
// The dual says "two thousand" in one word.
const DUALS = lookup({ الفان: 2_000, الفين: 2_000, الفي: 2_000, مليونان: 2_000_000, مليونين: 2_000_000, مليوني: 2_000_000 });
const DIGITS = /^\d+(?:\.\d+)?$/;

function amountOf(word: string): number | undefined {
  if (DIGITS.test(word)) return Number(word);
  return UNITS.get(word);
}

/** A number as digits without separators or trailing ".0". */
function digits(n: number): string {
  return String(Math.round(n * 1000) / 1000);
}

/**
 * The numbers a run of normalized words states with words, each with where it starts and how
 * many words it spans: ["أرسلت", "12", "الف"] → [{ start: 1, length: 2, value: "12000" }].
 * A multiplier on its own ("الف جندي") counts once: 1000.
 */
export function numberWords(words: readonly string[]): { start: number; length: number; value: string }[] {
  const found: { start: number; length: number; value: string }[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const dual = DUALS.get(word);
    if (dual !== undefined) {
      found.push({ start: i, length: 1, value: digits(dual) });
      continue;
    }
    const amount = amountOf(word);
    const multiplier = MULTIPLIERS.get(words[i + 1] ?? '');
    if (amount !== undefined && multiplier !== undefined) {
      found.push({ start: i, length: 2, value: digits(amount * multiplier) });
      i++;
    } else if (MULTIPLIERS.has(word) && amountOf(words[i - 1] ?? '') === undefined) {
      found.push({ start: i, length: 1, value: digits(MULTIPLIERS.get(word)!) });
    } else if (amount !== undefined && !DIGITS.test(word)) {
      found.push({ start: i, length: 1, value: digits(amount) });
    }
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
