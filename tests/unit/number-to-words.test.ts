import { describe, expect, it } from 'vitest';
import { arabicNumberWords, MAX_NUMBER_WORDS } from '../../src/lib/arabic/number-to-words.ts';

describe('arabicNumberWords', () => {
  it.each([
    // 1–99: units, 11 and 12, the teens, tens with the unit first
    [1, 'واحد'],
    [2, 'اثنان'],
    [3, 'ثلاثة'],
    [8, 'ثمانية'],
    [10, 'عشرة'],
    [11, 'أحد عشر'],
    [12, 'اثنا عشر'],
    [13, 'ثلاثة عشر'],
    [19, 'تسعة عشر'],
    [20, 'عشرون'],
    [21, 'واحد وعشرون'],
    [22, 'اثنان وعشرون'],
    [99, 'تسعة وتسعون'],
    // hundreds: مئة, the dual, the joined 300–900
    [100, 'مئة'],
    [101, 'مئة وواحد'],
    [102, 'مئة واثنان'],
    [110, 'مئة وعشرة'],
    [111, 'مئة وأحد عشر'],
    [199, 'مئة وتسعة وتسعون'],
    [200, 'مئتان'],
    [250, 'مئتان وخمسون'],
    [300, 'ثلاثمئة'],
    [800, 'ثمانمئة'],
    [900, 'تسعمئة'],
    // thousands: alone and dual, 3–10 plural, 11–99 accusative singular
    [1000, 'ألف'],
    [1001, 'ألف وواحد'],
    [1002, 'ألف واثنان'],
    [1100, 'ألف ومئة'],
    [2000, 'ألفان'],
    [2001, 'ألفان وواحد'],
    [2700, 'ألفان وسبعمئة'],
    [3000, 'ثلاثة آلاف'],
    [6000, 'ستة آلاف'],
    [10000, 'عشرة آلاف'],
    [10001, 'عشرة آلاف وواحد'],
    [11000, 'أحد عشر ألفًا'],
    [12000, 'اثنا عشر ألفًا'],
    [14000, 'أربعة عشر ألفًا'],
    [21000, 'واحد وعشرون ألفًا'],
    [99999, 'تسعة وتسعون ألفًا وتسعمئة وتسعة وتسعون'],
    // hundreds of thousands: a round hundred takes the singular, a compound follows its last part
    [100000, 'مئة ألف'],
    [100001, 'مئة ألف وواحد'],
    [101000, 'مئة وألف'],
    [102000, 'مئة وألفان'],
    [103000, 'مئة وثلاثة آلاف'],
    [110000, 'مئة وعشرة آلاف'],
    [150000, 'مئة وخمسون ألفًا'],
    [200000, 'مئتا ألف'],
    [300000, 'ثلاثمئة ألف'],
    [999999, 'تسعمئة وتسعة وتسعون ألفًا وتسعمئة وتسعة وتسعون'],
    // millions and billions follow the same rules
    [1000000, 'مليون'],
    [1000001, 'مليون وواحد'],
    [1300000, 'مليون وثلاثمئة ألف'],
    [2000000, 'مليونان'],
    [2000002, 'مليونان واثنان'],
    [3000000, 'ثلاثة ملايين'],
    [11000000, 'أحد عشر مليونًا'],
    [200000000, 'مئتا مليون'],
    [1000000000, 'مليار'],
    [2000000000, 'ملياران'],
    [2500000000, 'ملياران وخمسمئة مليون'],
    [5000000000, 'خمسة مليارات'],
    [15000000000, 'خمسة عشر مليارًا'],
    [999999999999, 'تسعمئة وتسعة وتسعون مليارًا وتسعمئة وتسعة وتسعون مليونًا وتسعمئة وتسعة وتسعون ألفًا وتسعمئة وتسعة وتسعون'],
  ])('%d → %s', (n, words) => expect(arabicNumberWords(n)).toBe(words));

  it('writes the tanween on the letter before the alef', () => {
    expect([...arabicNumberWords(11000).slice(-5)].map((c) => c.codePointAt(0)!.toString(16))).toEqual(['623', '644', '641', '64b', '627']);
  });

  it.each([
    [0, 'a figure is a number above zero'],
    [-0, 'a figure is a number above zero'],
    [-5, 'a figure is a number above zero'],
    [Number.NaN, 'not a finite number'],
    [Number.POSITIVE_INFINITY, 'not a finite number'],
    [Number.NEGATIVE_INFINITY, 'not a finite number'],
    [1.5, 'only whole numbers'],
    [1500000.25, 'only whole numbers'],
    [1e12, 'the largest is 999999999999'],
    [1e15, 'the largest is 999999999999'],
  ])('refuses %d', (n, message) => {
    expect(() => arabicNumberWords(n)).toThrow(RangeError);
    expect(() => arabicNumberWords(n)).toThrow(message);
  });

  it('writes the largest number and refuses the next', () => {
    expect(MAX_NUMBER_WORDS).toBe(999_999_999_999);
    expect(() => arabicNumberWords(MAX_NUMBER_WORDS)).not.toThrow();
    expect(() => arabicNumberWords(MAX_NUMBER_WORDS + 1)).toThrow(RangeError);
  });
});

// A reader of the words back into a number, written for this test from the grammar and
// independent of the module: it proves over thousands of values that no digit is lost or
// doubled, which a table of examples cannot.
const SMALL = new Map<string, number>([
  ...['واحد', 'اثنان', 'ثلاثة', 'أربعة', 'خمسة', 'ستة', 'سبعة', 'ثمانية', 'تسعة'].map((w, i) => [w, i + 1] as const),
  ['عشرة', 10],
  ['أحد', 1],
  ['اثنا', 2],
  ['عشر', 10],
  ...['عشرون', 'ثلاثون', 'أربعون', 'خمسون', 'ستون', 'سبعون', 'ثمانون', 'تسعون'].map((w, i) => [w, (i + 2) * 10] as const),
  ...['مئة', 'مئتان', 'ثلاثمئة', 'أربعمئة', 'خمسمئة', 'ستمئة', 'سبعمئة', 'ثمانمئة', 'تسعمئة'].map((w, i) => [w, (i + 1) * 100] as const),
  ['مئتا', 200],
]);
// Each form of a scale word: its value, and how many it counts when it stands alone.
const SCALE_WORDS = new Map<string, { value: number; alone: number }>();
for (const [value, one, two, few, many] of [
  [1e3, 'ألف', 'ألفان', 'آلاف', 'ألفًا'],
  [1e6, 'مليون', 'مليونان', 'ملايين', 'مليونًا'],
  [1e9, 'مليار', 'ملياران', 'مليارات', 'مليارًا'],
] as const) {
  for (const word of [one, few, many]) SCALE_WORDS.set(word, { value, alone: 1 });
  SCALE_WORDS.set(two, { value, alone: 2 });
}

function readBack(text: string): number {
  let total = 0;
  let group = 0;
  for (const part of text.split(' و')) {
    part.split(' ').forEach((word, i) => {
      const scale = SCALE_WORDS.get(word);
      if (scale) {
        // A scale word that opens its part counts itself («مئة وألف»); after a number it is
        // counted by it («مئة ألف»).
        if (i === 0) group += scale.alone;
        total += group * scale.value;
        group = 0;
      } else if (SMALL.has(word)) group += SMALL.get(word)!;
      else throw new Error(`unknown word «${word}» in «${text}»`);
    });
  }
  return total + group;
}

describe('the words say the same number as the digits', () => {
  // Every number to 3000, every count of each scale word, and a fixed pseudo-random spread
  // over every order of magnitude.
  const values = Array.from({ length: 3000 }, (_, i) => i + 1);
  for (let count = 1; count <= 999; count++) values.push(count * 1e3, count * 1e6, count * 1e9, count * 1e9 + count * 1e3 + count);
  let seed = 16; // Park–Miller: every product stays below 2^53, so the spread is exact
  for (let i = 0; i < 2400; i++) {
    seed = (seed * 48271) % 2147483647;
    values.push(Math.min(MAX_NUMBER_WORDS, 1 + Math.floor((seed / 2147483647) * 10 ** (1 + (i % 12)))));
  }

  it(`for ${values.length} numbers`, () => {
    const wrong: string[] = [];
    for (const n of values) {
      const words = arabicNumberWords(n);
      if (readBack(words) !== n || /^ | {2}| $|(?:واحد|اثنان) (?:ألف|مليون|مليار)/.test(words)) wrong.push(`${n} ${words}`);
    }
    expect(wrong).toEqual([]);
  });
});
