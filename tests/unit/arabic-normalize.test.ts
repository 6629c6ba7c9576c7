import { describe, expect, it } from 'vitest';
import { normalizeArabic, normalizedWords, normalizeLetters, procliticVariants } from '../../src/lib/arabic/normalize.ts';

describe('normalizeLetters: one spelling for the ways a word is written', () => {
  it.each([
    ['أوكرانيا', 'اوكرانيا'],
    ['إيران', 'ايران'],
    ['آلاف', 'الاف'],
    ['مسؤول', 'مسوول'],
    ['رئيس', 'رييس'],
    ['جزء', 'جز'],
  ])('hamza forms: %s → %s', (written, normal) => expect(normalizeLetters(written)).toBe(normal));

  it('treats final taa marbuta and heh alike, and alef maqsura and yeh alike', () => {
    expect(normalizeLetters('معاهدة')).toBe(normalizeLetters('معاهده'));
    expect(normalizeLetters('مستشفى')).toBe(normalizeLetters('مستشفي'));
  });

  it('drops diacritics and tatweel', () => {
    expect(normalizeLetters('نُشِرَتْ صُوَرٌ')).toBe('نشرت صور');
    expect(normalizeLetters('كـــوريا')).toBe('كوريا');
    expect(normalizeLetters('جنودًا')).toBe('جنودا');
  });

  it('reads Arabic-Indic digits and thousands separators as the same number', () => {
    expect(normalizeLetters('٣٥٠٠')).toBe('3500');
    expect(normalizeLetters('۳۵۰۰')).toBe('3500');
    expect(normalizeLetters('3,500')).toBe('3500');
    expect(normalizeLetters('٣٬٥٠٠')).toBe('3500');
    expect(normalizeLetters('1,200,000')).toBe('1200000');
    expect(normalizeLetters('١٫٢')).toBe('1.2');
  });

  it('keeps commas that are not thousands separators', () => {
    expect(normalizeLetters('1,5')).toBe('1,5');
    expect(normalizeLetters('2024,2025')).toBe('2024,2025');
  });

  it('folds Persian kaf and yeh, and Latin case', () => {
    expect(normalizeLetters('کیم')).toBe('كيم');
    expect(normalizeLetters('NIS Zvezda')).toBe('nis zvezda');
  });
});

describe('normalizedWords', () => {
  it('splits on Arabic punctuation and quotation marks, which Pagefind does not', () => {
    expect(normalizedWords('جندي، وقال: “هم شباب”؛ لماذا؟')).toEqual(['جندي', 'وقال', 'هم', 'شباب', 'لماذا']);
  });

  it('keeps decimal numbers whole', () => {
    expect(normalizedWords('يبلغ تعداده 1.2 مليون جندي.')).toEqual(['يبلغ', 'تعداده', '1.2', 'مليون', 'جندي']);
  });

  it('makes the same words of every spelling of a sentence', () => {
    expect(normalizeArabic('أرسلت كوريا ١٤٬٠٠٠ جنديٍّ إلى روسيا.')).toBe(normalizeArabic('ارسلت كوريا 14,000 جندي الي روسيا'));
  });
});

describe('procliticVariants', () => {
  it('strips و ف ب ك ل and the article', () => {
    expect(procliticVariants('وبالجيش')).toEqual(['وبالجيش', 'جيش', 'الجيش']);
    expect(procliticVariants('الجيش')).toEqual(['الجيش', 'جيش']);
    expect(procliticVariants('فالقوات')).toEqual(['فالقوات', 'قوات', 'القوات']);
    expect(procliticVariants('كالعادة')).toEqual(['كالعادة', 'عادة', 'العادة']);
  });

  it('strips لل, the article after the preposition ل', () => {
    expect(procliticVariants('للمهندسين')).toEqual(['للمهندسين', 'مهندسين', 'المهندسين']);
    expect(procliticVariants('وللقوات')).toEqual(['وللقوات', 'قوات', 'القوات']);
  });

  it('offers a conjunction-stripped form only as an extra, when three letters remain', () => {
    expect(procliticVariants('وبودانوف')).toEqual(['وبودانوف', 'بودانوف', 'ودانوف']);
    expect(procliticVariants('وبأسلحة')).toContain('بأسلحة');
    expect(procliticVariants('وزير')).toEqual(['وزير', 'زير']);
    expect(procliticVariants('ولد')).toEqual(['ولد']);
    expect(procliticVariants('لبوتين')).toEqual(['لبوتين', 'بوتين']);
  });

  it('leaves words that cannot start with a particle alone', () => {
    expect(procliticVariants('روسيا')).toEqual(['روسيا']);
    expect(procliticVariants('اوكرانيا')).toEqual(['اوكرانيا']);
  });

  it('offers a ب ك ل reading even of a word that begins with that letter: only ever a guess', () => {
    expect(procliticVariants('كوريا')).toEqual(['كوريا', 'وريا']);
  });
});
