import { describe, expect, it } from 'vitest';
import { containsQuote, locateQuote } from '../../src/lib/locate-quote.ts';

const text = 'قال كيم إن “الجنود قاتلوا ببسالة”. وأرسلت كوريا الشمالية أكثر من 10000 جندي.  ثم عادوا.';

describe('locateQuote', () => {
  it('finds a quote copied exactly', () => {
    const quote = 'وأرسلت كوريا الشمالية أكثر من 10000 جندي.';
    const [start, end] = locateQuote(text, quote)!;
    expect(text.slice(start, end)).toBe(quote);
  });

  it('ignores straight quotation marks where the text has curly ones, and extra spaces', () => {
    const [start, end] = locateQuote(text, 'قال كيم إن  "الجنود قاتلوا ببسالة".')!;
    expect(text.slice(start, end)).toBe('قال كيم إن “الجنود قاتلوا ببسالة”.');
  });

  it('takes in the closing punctuation when the quote leaves it out', () => {
    const [start, end] = locateQuote(text, 'ثم عادوا')!;
    expect(text.slice(start, end)).toBe('ثم عادوا.');
  });

  it('finds nothing for words the text does not have, or in another order', () => {
    expect(locateQuote(text, 'أرسلت كوريا الجنوبية')).toBeUndefined();
    expect(containsQuote(text, 'جندي 10000')).toBe(false);
    expect(containsQuote(text, '...')).toBe(false);
  });

  it('finds a quote from wherever it starts, even inside a word', () => {
    expect(containsQuote(text, 'رسلت كوريا')).toBe(true);
    expect(locateQuote(text, 'رسلت كوريا')![0]).toBe(text.indexOf('رسلت'));
  });
});
