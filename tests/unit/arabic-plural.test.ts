import { describe, expect, it } from 'vitest';
import { ARTICLES, countNoun, FIGURES, groupThousands, MINUTES } from '../../src/lib/arabic/plural.ts';

describe('countNoun', () => {
  it('uses each Arabic plural form where grammar needs it', () => {
    expect(countNoun(0, ARTICLES)).toBe('لا مقالات');
    expect(countNoun(1, ARTICLES)).toBe('مقال واحد');
    expect(countNoun(2, ARTICLES)).toBe('مقالان');
    expect(countNoun(3, ARTICLES)).toBe('3 مقالات');
    expect(countNoun(10, ARTICLES)).toBe('10 مقالات');
    expect(countNoun(11, ARTICLES)).toBe('11 مقالًا');
    expect(countNoun(99, ARTICLES)).toBe('99 مقالًا');
    expect(countNoun(100, ARTICLES)).toBe('100 مقال');
    expect(countNoun(103, ARTICLES)).toBe('103 مقالات');
  });

  it('groups thousands in large counts', () => {
    expect(countNoun(10000, ARTICLES)).toBe('10,000 مقال');
  });

  it('counts minutes', () => {
    expect(countNoun(1, MINUTES)).toBe('دقيقة واحدة');
    expect(countNoun(2, MINUTES)).toBe('دقيقتان');
    expect(countNoun(5, MINUTES)).toBe('5 دقائق');
    expect(countNoun(12, MINUTES)).toBe('12 دقيقة');
  });

  it('counts figures', () => {
    expect(countNoun(2, FIGURES)).toBe('رقمان');
    expect(countNoun(7, FIGURES)).toBe('7 أرقام');
    expect(countNoun(60, FIGURES)).toBe('60 رقمًا');
    expect(countNoun(2000, FIGURES)).toBe('2,000 رقم');
  });
});

describe('groupThousands', () => {
  it('writes every count as Intl.NumberFormat writes it for Arabic with Western digits', () => {
    const intl = new Intl.NumberFormat('ar-u-nu-latn');
    const counts = [0, 1, 9, 10, 99, 100, 999, 1000, 1001, 9999, 10000, 123456, 999999, 1000000, 12345678, Number.MAX_SAFE_INTEGER];
    for (let n = 0; n < 3000; n += 7) counts.push(n, n * 997);
    for (const n of counts) expect(groupThousands(n), String(n)).toBe(intl.format(n));
  });

  it('refuses what is not a count', () => {
    for (const n of [-1, 1.5, Number.NaN, Infinity]) expect(() => groupThousands(n)).toThrow(/is not a count/);
  });
});
