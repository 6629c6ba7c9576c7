/**
 * The forms of an Arabic counted noun. Arabic has six plural categories (CLDR): one, two,
 * few (3–10), many (11–99), other (100, 1000…) and zero; a count needs the right one to be
 * grammatical ("3 مقالات" but "11 مقالًا").
 */
export interface CountedNoun {
  zero?: string;
  one: string;
  two: string;
  few: (n: string) => string;
  many: (n: string) => string;
  other: (n: string) => string;
}

const rules = new Intl.PluralRules('ar');

/**
 * "10,000": a count grouped by thousands, as `Intl.NumberFormat('ar-u-nu-latn')` writes it.
 * By hand because the search page counts its results in the browser, where Chromium's first
 * NumberFormat or DateTimeFormat costs 60–120 ms on the main thread (ICU's set-up, measured
 * in Chromium 156); PluralRules costs under 1 ms. Counts only: whole and not negative.
 */
export function groupThousands(count: number): string {
  if (!Number.isSafeInteger(count) || count < 0) throw new RangeError(`${count} is not a count`);
  return String(count).replace(/\B(?=(?:\d{3})+$)/g, ',');
}

/** "مقال واحد", "مقالان", "3 مقالات", "11 مقالًا", "100 مقال". */
export function countNoun(n: number, noun: CountedNoun): string {
  const shown = groupThousands(n);
  switch (rules.select(n)) {
    case 'zero':
      return noun.zero ?? noun.other(shown);
    case 'one':
      return noun.one;
    case 'two':
      return noun.two;
    case 'few':
      return noun.few(shown);
    case 'many':
      return noun.many(shown);
    default:
      return noun.other(shown);
  }
}

export const ARTICLES: CountedNoun = {
  zero: 'لا مقالات',
  one: 'مقال واحد',
  two: 'مقالان',
  few: (n) => `${n} مقالات`,
  many: (n) => `${n} مقالًا`,
  other: (n) => `${n} مقال`,
};

export const MINUTES: CountedNoun = {
  one: 'دقيقة واحدة',
  two: 'دقيقتان',
  few: (n) => `${n} دقائق`,
  many: (n) => `${n} دقيقة`,
  other: (n) => `${n} دقيقة`,
};

export const FIGURES: CountedNoun = {
  one: 'رقم واحد',
  two: 'رقمان',
  few: (n) => `${n} أرقام`,
  many: (n) => `${n} رقمًا`,
  other: (n) => `${n} رقم`,
};

export const PROBLEMS: CountedNoun = {
  one: 'مشكلة واحدة',
  two: 'مشكلتان',
  few: (n) => `${n} مشكلات`,
  many: (n) => `${n} مشكلة`,
  other: (n) => `${n} مشكلة`,
};

export const FILES: CountedNoun = {
  one: 'ملف واحد',
  two: 'ملفان',
  few: (n) => `${n} ملفات`,
  many: (n) => `${n} ملفًا`,
  other: (n) => `${n} ملف`,
};

export const CHANGES: CountedNoun = {
  one: 'تعديل واحد',
  two: 'تعديلان',
  few: (n) => `${n} تعديلات`,
  many: (n) => `${n} تعديلًا`,
  other: (n) => `${n} تعديل`,
};

/** Claimants: the people and bodies that give figures. */
export const CLAIMANTS: CountedNoun = {
  one: 'جهة واحدة',
  two: 'جهتان',
  few: (n) => `${n} جهات`,
  many: (n) => `${n} جهةً`,
  other: (n) => `${n} جهة`,
};
