import { describe, expect, it } from 'vitest';
import { ARABIC_WORDS_PER_MINUTE, countWords, readingMinutes, readingTime } from '../../src/lib/arabic/reading-time.ts';

describe('countWords', () => {
  it('counts Arabic words, numbers and Latin words once each', () => {
    expect(countWords('أرسلت كوريا الشمالية حوالي 14,000 جنديًا إلى روسيا')).toBe(8);
    expect(countWords('قناة Zvezda ومنصات Uran-6')).toBe(4);
  });

  it('ignores Markdown syntax, tags and link targets', () => {
    expect(countWords('## عنوان القسم\n\n- بند **مهم** [رابط](https://example.com/a/b)')).toBe(5);
    expect(countWords('<bdi dir="ltr">CNN</bdi>')).toBe(1);
  });

  it('counts words carrying diacritics as single words', () => {
    expect(countWords('نُشرت صورٌ جديدةٌ')).toBe(3);
  });

  it('counts nothing in an empty body', () => {
    expect(countWords('')).toBe(0);
  });
});

describe('readingMinutes', () => {
  it('rounds to whole minutes and never says zero', () => {
    expect(readingMinutes(0)).toBe(1);
    expect(readingMinutes(ARABIC_WORDS_PER_MINUTE * 3)).toBe(3);
    expect(readingMinutes(ARABIC_WORDS_PER_MINUTE * 3.4)).toBe(3);
    expect(readingMinutes(ARABIC_WORDS_PER_MINUTE * 3.6)).toBe(4);
  });
});

describe('readingTime', () => {
  it('says the time in grammatical Arabic', () => {
    expect(readingTime('كلمة')).toBe('دقيقة واحدة');
    expect(readingTime('كلمة '.repeat(ARABIC_WORDS_PER_MINUTE * 2))).toBe('دقيقتان');
    expect(readingTime('كلمة '.repeat(ARABIC_WORDS_PER_MINUTE * 7))).toBe('7 دقائق');
  });
});
