import { describe, expect, it } from 'vitest';
import { ARTICLES, countNoun, FIGURES, MINUTES } from '../../src/lib/arabic/plural.ts';

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
