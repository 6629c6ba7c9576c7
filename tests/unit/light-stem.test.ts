import { describe, expect, it } from 'vitest';
import { articleStem, normalizeLetters } from '../../src/lib/arabic/normalize.ts';
import { suffixStem, verbStem } from '../../src/lib/arabic/light-stem.ts';
import { light10 } from './reference/light10.ts';

/** A word as search prepares it before stemming: normalized, without ال and its particles. */
const prepared = (word: string) => articleStem(normalizeLetters(word));

describe('suffixStem', () => {
  it.each([
    ['الاتفاقيات', 'اتفاق', 'plural, then the relative adjective'],
    ['اتفاقاً', 'اتفاق', 'tanween typed as written'],
    ['اتفاقا', 'اتفاق', 'tanween left out'],
    ['جنودهم', 'جنود', 'a broken plural under a pronoun'],
    ['قواتها', 'قوات', 'a plural that is its own stem'],
    ['حكومتها', 'حكوم', 'ة written ت before a pronoun'],
    ['مقالاته', 'مقال', 'a plural under the pronoun ه'],
    ['الكوريين', 'كوري', 'a plural of a relative adjective'],
    ['العسكرية', 'عسكر', 'a relative adjective'],
    ['مسلحون', 'مسلح', 'a plural in ون'],
    ['انسحبوا', 'انسحب', 'a verb in the plural'],
    ['روسيا', 'روسي', 'an alef at the end: the stem still begins the word'],
  ])('%s → %s (%s)', (word, stem) => expect(suffixStem(prepared(word))).toBe(stem));

  it.each([
    ['لبنان', 'a name in ان: لبن would begin another word'],
    ['إنسان', 'انس begins انسحاب'],
    ['طالبان', 'a dual needs five letters left'],
    ['عثمان', 'a name'],
    ['قانون', 'قان is not its stem'],
    ['حسين', 'حس'],
    ['بوتين', 'a name in ين'],
    ['كرسي', 'كرس is another word'],
    ['ثورة', 'ثور is a bull'],
    ['حرية', 'حري begins حريق'],
    ['قرية', 'قر'],
    ['عليا', 'علي is a name'],
  ])('%s stays whole (%s)', (word) => {
    const form = prepared(word);
    expect(suffixStem(form)).toBe(form);
  });
});

describe('verbStem', () => {
  it.each([
    ['يتخلى', 'تخلي', 'form V'],
    ['يتفاوضون', 'تفاوضون', 'form VI, its ending left to suffixStem'],
    ['ينسحب', 'انسحب', 'form VII'],
    ['يحتل', 'احتل', 'form VIII'],
    ['تستخدم', 'استخدم', 'form X'],
    ['سيتخلى', 'تخلي', 'the future'],
  ])('%s → %s (%s)', (word, stem) => expect(verbStem(prepared(word))).toBe(stem));

  it.each([
    ['تمثال', 'a noun in ت'],
    ['تحرير', 'a verbal noun'],
    ['تعليم', 'a verbal noun'],
    ['تجارة', 'ت is a root letter'],
    ['يعلن', 'form IV: an alef before its three letters is too often another word'],
    ['اليمن', 'يمن is not أمن'],
    ['تونس', 'a name'],
    ['ستار', 'س is a root letter'],
    ['سيارة', 'س is a root letter'],
    ['نبات', 'ن is a root letter'],
    ['يتيم', 'three letters would be left'],
  ])('%s has none (%s)', (word) => expect(verbStem(prepared(word))).toBeUndefined());
});

describe('compared with Light10 (Larkey; Lucene’s ArabicStemmer)', () => {
  // Where Light10 leaves a stem of two or three letters that begins other words, ours keeps
  // the word: search matches the beginnings of words, where Light10 was made for whole ones.
  it.each([
    ['لبنان', 'لبن'],
    ['كرسي', 'كرس'],
    ['حرية', 'حر'],
    ['وزير', 'زير'],
  ])('%s: Light10 gives %s, ours keeps the word', (word, light) => {
    expect(light10(word)).toBe(light);
    expect(suffixStem(prepared(word))).toBe(prepared(word));
  });

  it.each([['الاتفاقيات'], ['مسلحون'], ['الانتخابات'], ['جنودها']])('%s: both give the same stem', (word) => {
    expect(suffixStem(prepared(word))).toBe(light10(word));
  });
});
