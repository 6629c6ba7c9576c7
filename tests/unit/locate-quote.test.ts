import { describe, expect, it } from 'vitest';
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { quoteFinder, quoteLocator } from '../../src/lib/figures/locate-quote.ts';
import { quoteBlockTexts } from '../../src/lib/figures/quote-blocks.ts';

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

describe('quoteLocator', () => {
  const locate = quoteLocator(['العنوان', 'فقرة أولى فيها 300 جندي.', 'فقرة ثانية.']);

  it('gives the block a quote stands in, and where in its text', () => {
    expect(locate('فيها 300 جندي')).toEqual({ block: 1, start: 10, end: 24 });
  });

  it('refuses a quote that runs from one block into the next, though every word is there', () => {
    expect(locate('العنوان فقرة أولى')).toBeUndefined();
    expect(locate('جندي. فقرة ثانية')).toBeUndefined();
  });

  it('refuses a quote of punctuation only', () => {
    expect(locate('…')).toBeUndefined();
  });
});

describe('quoteBlockTexts', () => {
  const texts = (markdown: string) => quoteBlockTexts(unified().use(remarkParse).use(remarkMdx).use(remarkGfm).parse(markdown) as Root);

  it('cuts an article into the blocks the page has: paragraphs, section headings, list items, blockquotes, table cells', () => {
    expect(texts('# عنوان\n\n## قسم\n\nفقرة **بخط** <abbr title="x">عريض</abbr>.\n\n- بند\n\n| أ | ب |\n| - | - |\n| ج | د |\n')).toEqual([
      'قسم',
      'فقرة بخط عريض.',
      'بند',
      'أ',
      'ب',
      'ج',
      'د',
    ]);
  });

  it('keeps the paragraphs of a list item or a blockquote in one block, apart by a line end as on the page', () => {
    expect(texts('> أولى.\n>\n> ثانية.\n\n1. بند.\n\n   تابع.\n')).toEqual(['\nأولى.\nثانية.\n', '\nبند.\nتابع.\n']);
  });

  it('keeps a hard line break as a line end, and leaves out pictures', () => {
    expect(texts('سطر\\\nتال ![صورة](./a.jpg)\n')).toEqual(['سطر\nتال ']);
  });
});
