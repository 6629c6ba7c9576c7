import { describe, expect, it } from 'vitest';
import { normalizedWords } from '../../src/lib/arabic/normalize.ts';
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

describe('the number words are written as the normalizer writes them', () => {
  it('finds every unit word after normalization', () => {
    for (const word of ['واحد', 'ثلاثة', 'أربعة', 'ثمانية', 'عشرة', 'عشرون', 'مئة', 'مائة', 'مئات', 'مئتان']) {
      expect(numberWords(normalizedWords(word)), word).toHaveLength(1);
    }
  });
});

describe('numberWords', () => {
  it('says where each number starts and how many words it spans', () => {
    expect(numberWords(['ارسلت', '12', 'الف', 'جندي'])).toEqual([{ start: 1, length: 2, value: '12000' }]);
  });
});
