import { describe, expect, it } from 'vitest';
import { quoteFinder } from '../../src/lib/figures/locate-quote.ts';

const text = 'قال كيم إن “الجنود قاتلوا ببسالة”. وأرسلت كوريا الشمالية أكثر من 10000 جندي.  ثم عادوا.';
const find = quoteFinder(text);

describe('quoteFinder', () => {
  it('finds a quote copied exactly', () => {
    const quote = 'وأرسلت كوريا الشمالية أكثر من 10000 جندي.';
    const [start, end] = find(quote)!;
    expect(text.slice(start, end)).toBe(quote);
  });

  it('ignores straight quotation marks where the text has curly ones, and extra spaces', () => {
    const [start, end] = find('قال كيم إن  "الجنود قاتلوا ببسالة".')!;
    expect(text.slice(start, end)).toBe('قال كيم إن “الجنود قاتلوا ببسالة”.');
  });

  it('takes in the closing punctuation when the quote leaves it out', () => {
    const [start, end] = find('ثم عادوا')!;
    expect(text.slice(start, end)).toBe('ثم عادوا.');
  });

  it('finds nothing for words the text does not have, or in another order', () => {
    expect(find('أرسلت كوريا الجنوبية')).toBeUndefined();
    expect(find('جندي 10000')).toBeUndefined();
    expect(find('...')).toBeUndefined();
  });

  it('finds a quote from wherever it starts, even inside a word', () => {
    expect(find('رسلت كوريا')).toBeDefined();
    expect(find('رسلت كوريا')![0]).toBe(text.indexOf('رسلت'));
  });
});
