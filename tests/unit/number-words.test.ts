import { describe, expect, it } from 'vitest';
import { normalizedWords } from '../../src/lib/arabic/normalize.ts';
import { arabicNumberWords, MAX_NUMBER_WORDS } from '../../src/lib/arabic/number-to-words.ts';
import { numbersAsDigits, numberWords } from '../../src/lib/arabic/number-words.ts';

const asDigits = (text: string) => numbersAsDigits(normalizedWords(text)).join(' ');

describe('numbersAsDigits', () => {
  it.each([
    ['3 آلاف', '3000'],
    ['٣ آلاف', '3000'],
    ['12 ألف جندي', '12000 جندي'],
    ['١٢ ألف جندي', '12000 جندي'],
    ['100 ألف جندي', '100000 جندي'],
    ['10 آلاف جندي', '10000 جندي'],
    ['عشرة آلاف جندي', '10000 جندي'],
    ['ثلاثة آلاف', '3000'],
    ['1.2 مليون جندي', '1200000 جندي'],
    ['مليون جندي', '1000000 جندي'],
    ['ألفي جندي', '2000 جندي'],
    ['ألفين', '2000'],
    ['ألف جندي', '1000 جندي'],
    ['خمسة ملايين', '5000000'],
    ['مئة ألف', '100000'],
    ['مائة ألف جندي', '100000 جندي'],
    ['مئتا ألف', '200000'],
  ])('%s → %s', (text, expected) => expect(asDigits(text)).toBe(expected));

  it('leaves plain numbers and other words alone', () => {
    expect(asDigits('أرسلت 1500 جندي عام 2024')).toBe('ارسلت 1500 جندي عام 2024');
    expect(asDigits('14,000 جنديا')).toBe('14000 جنديا');
  });
});

describe('numbers as Arabic news writes them', () => {
  it.each([
    // 11–19 before a scale word: the compound is one count.
    ['أرسلت بيونغ يانغ أحد عشر ألفًا من جنودها', 'ارسلت بيونغ يانغ 11000 من جنودها'],
    ['نحو أحد عشر ألف جندي', 'نحو 11000 جندي'],
    ['اثنا عشر ألفًا', '12000'],
    ['اثني عشر ألف جندي', '12000 جندي'],
    ['أربعة عشر ألفًا', '14000'],
    ['إحدى عشرة دبابة', '11 دبابه'],
    ['اثنتي عشرة طائرة', '12 طايره'],
    ['ثلاث عشرة سنة', '13 سنه'],
    ['خمسة عشر مليونًا', '15000000'],
    // Tens joined by و, the unit first, in every case.
    ['ثلاثة وعشرون ألفًا', '23000'],
    ['خمسة وعشرين', '25'],
    ['إحدى وعشرين غارة', '21 غاره'],
    ['قبل ستين عامًا', 'قبل 60 عاما'],
    ['تسعة وتسعين', '99'],
    // Hundreds, joined and apart, both spellings, the dual in each case.
    ['ثلاثمئة جندي', '300 جندي'],
    ['ثلاثمائة', '300'],
    ['خمسمئة', '500'],
    ['تسعمائة', '900'],
    ['ثمانمئة', '800'],
    ['ثمانيمائة', '800'],
    ['ثلاث مئة', '300'],
    ['ست مائة ألف', '600000'],
    ['مئتا جندي', '200 جندي'],
    ['مئتان', '200'],
    ['مئتين', '200'],
    ['مائتي جندي', '200 جندي'],
    ['مائتان وخمسون', '250'],
    ['مئة وخمسون', '150'],
    ['مئة وخمسين قتيلًا', '150 قتيلا'],
    ['ثلاثمئة وخمسة وعشرون', '325'],
    // Thousands and larger, their duals and plurals, joined by و.
    ['ألفان وخمسمئة', '2500'],
    ['ألفين وخمسمائة جندي', '2500 جندي'],
    ['ألفا جندي', '2000 جندي'],
    ['مليونا نازح', '2000000 نازح'],
    ['ثلاثة ملايين ومئتا ألف', '3200000'],
    ['مليونين وخمسمئة ألف', '2500000'],
    ['ملياران وخمسمئة مليون', '2500000000'],
    ['خمسة مليارات', '5000000000'],
    ['عشرة بلايين', '10000000000'],
    ['تريليون دولار', '1000000000000 دولار'],
    ['ثلاثة آلاف وخمسمئة', '3500'],
    ['ثلاثة آلاف و خمسمئة', '3500'],
    ['ألف و500', '1500'],
    ['مليون و200 ألف', '1200000'],
    ['12 ألفًا وخمسمئة', '12500'],
    ['2.5 مليار', '2500000000'],
    // A particle before the number.
    ['قدرت بعشرة آلاف جندي', 'قدرت 10000 جندي'],
    ['بخمسة وعشرين مليار دولار', '25000000000 دولار'],
    ['وثلاثة آلاف مهندس', '3000 مهندس'],
    ['لثلاثمئة عائلة', '300 عايله'],
    ['بـ12 ألف جندي', '12000 جندي'],
    ['بألف', '1000'],
    ['ومئة', '100'],
    // Two numbers side by side stay two numbers.
    ['بين ثلاثة وخمسة آلاف', 'بين 3 5000'],
    ['ثلاثة آلاف وخمسة آلاف', '3000 5000'],
    ['قتل ثلاثة وجرح خمسة', 'قتل 3 وجرح 5'],
    ['مليون وثلاثة ملايين', '1000000 3000000'],
  ])('%s → %s', (text, expected) => expect(asDigits(text)).toBe(expected));

  it.each([
    ['عشرات الآلاف', 'tens of thousands'],
    ['مئات الجنود', 'hundreds'],
    ['آلاف الجنود', 'thousands'],
    ['بضعة آلاف', 'a few thousand'],
    ['ملايين الدولارات', 'millions'],
    ['مليارات', 'billions'],
    ['الآلاف', 'the thousands'],
    ['مظاهرة مليونية', 'a million-strong march'],
    ['الأول', 'an ordinal'],
    ['ثالث', 'an ordinal'],
    ['الثالث', 'an ordinal'],
    ['العاشر', 'an ordinal'],
    ['يوم الاثنين', 'Monday'],
    ['يوم الأحد', 'Sunday'],
    ['أحد الجنود', 'one of the soldiers'],
    ['إحدى الدول', 'one of the countries'],
    ['لأحد', 'for anyone'],
    ['اثنا', 'a compound’s first word alone'],
    ['لست أدري', 'I do not know'],
    ['وتسع القاعة', 'and the hall holds'],
    ['عام 2024', 'digits are already digits'],
  ])('%s is not a number (%s)', (text) => expect(numberWords(normalizedWords(text))).toEqual([]));
});

describe('the number words are written as the normalizer writes them', () => {
  it('finds every unit word after normalization', () => {
    for (const word of ['واحد', 'ثلاثة', 'أربعة', 'ثمانية', 'عشرة', 'عشرون', 'مئة', 'مائة', 'مئتان', 'مائتان', 'ثلاثمائة', 'ألفًا']) {
      expect(numberWords(normalizedWords(word)), word).toHaveLength(1);
    }
  });
});

describe('numberWords', () => {
  it('says where each number starts and how many words it spans', () => {
    expect(numberWords(['ارسلت', '12', 'الف', 'جندي'])).toEqual([{ start: 1, length: 2, value: '12000' }]);
    expect(numberWords(normalizedWords('قتل بعشرة آلاف و خمسمئة جندي'))).toEqual([{ start: 1, length: 4, value: '10500' }]);
  });

  it('reads a long run of numbers side by side one by one', () => {
    // Each number here is read past its end before it is known to end there.
    const words = normalizedWords('بين ثلاثة وخمسة آلاف، ثم ثلاثة آلاف وخمسة آلاف جندي '.repeat(10_000));
    const values = numberWords(words).map((span) => span.value);
    expect(values).toHaveLength(40_000);
    expect(values.slice(0, 8)).toEqual(['3', '5000', '3000', '5000', '3', '5000', '3000', '5000']);
  });
});

// The words for n as arabicNumberWords writes them (masculine, nominative, مئة, the hundreds
// joined), and as news also writes them: in the accusative and genitive, with مائة, with the
// hundreds apart, the part below the last scale word feminine, and after a particle.
const SCALE_WORD = /^و?(?:ألف|آلاف|ألفًا|ألفان|مليون|ملايين|مليونًا|مليونان|مليار|مليارات|مليارًا|ملياران)$/;
const FEMININE = new Map([
  ['واحد', 'واحدة'],
  ['اثنان', 'اثنتان'],
  ['ثلاثة', 'ثلاث'],
  ['أربعة', 'أربع'],
  ['خمسة', 'خمس'],
  ['ستة', 'ست'],
  ['سبعة', 'سبع'],
  ['ثمانية', 'ثماني'],
  ['تسعة', 'تسع'],
  ['عشرة', 'عشر'],
  ['عشر', 'عشرة'],
  ['أحد', 'إحدى'],
  ['اثنا', 'اثنتا'],
]);

function feminine(text: string): string {
  const words = text.split(' ');
  const last = words.findLastIndex((word) => SCALE_WORD.test(word));
  return words
    .map((word, i) => {
      if (i <= last) return word;
      const waw = word.startsWith('و') && FEMININE.has(word.slice(1)) ? 'و' : '';
      return waw + (FEMININE.get(word.slice(waw.length)) ?? word.slice(waw.length));
    })
    .join(' ');
}

const VARIANTS: [name: string, write: (text: string) => string][] = [
  ['nominative', (text) => text],
  [
    'accusative and genitive',
    (text) =>
      text
        .replace(/(عشر|ثلاث|أربع|خمس|ست|سبع|ثمان|تسع)ون(?= |$)/g, '$1ين')
        .replace(/(اثن|مئت|ألف|مليون|مليار)ان(?= |$)/g, '$1ين')
        .replace(/(اثن|مئت)ا(?= |$)/g, '$1ي'),
  ],
  ['مائة', (text) => text.replaceAll('مئ', 'مائ')],
  ['hundreds apart', (text) => text.replace(/(ثلاث|أربع|خمس|ست|سبع|ثمان|تسع)مئة/g, '$1 مئة')],
  ['feminine', feminine],
  ['after ب', (text) => `ب${text}`],
  ['after و', (text) => `و${text}`],
];

describe('every number arabicNumberWords writes is read back to the same number', () => {
  // Every number to 2000, every count of each scale word, and a fixed pseudo-random spread
  // over every order of magnitude up to the largest it writes.
  const values = Array.from({ length: 2000 }, (_, i) => i + 1);
  for (let count = 1; count <= 999; count++) values.push(count * 1e3, count * 1e6, count * 1e9 + count * 1e3 + count);
  let seed = 11; // Park–Miller: every product stays below 2^53, so the spread is exact
  for (let i = 0; i < 2400; i++) {
    seed = (seed * 48271) % 2147483647;
    values.push(Math.min(MAX_NUMBER_WORDS, 1 + Math.floor((seed / 2147483647) * 10 ** (1 + (i % 12)))));
  }

  it.each(VARIANTS)(`for ${values.length} numbers, %s`, (_, write) => {
    const wrong: string[] = [];
    for (const n of values) {
      const text = write(arabicNumberWords(n));
      const words = normalizedWords(text);
      const found = numberWords(words);
      const read =
        found.length === 1 && found[0]!.start === 0 && found[0]!.length === words.length ? found[0]!.value : JSON.stringify(found);
      if (read !== String(n)) wrong.push(`${n} «${text}» → ${read}`);
    }
    expect(wrong).toEqual([]);
  });
});
