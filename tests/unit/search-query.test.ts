import { describe, expect, it } from 'vitest';
import { buildExcerpt, realText, SEARCH_EXTRAS_MARK } from '../../src/lib/search/excerpt.ts';
import { buildLexicon } from '../../src/lib/search/extras.ts';
import { isRealMatch, isWholeWordMatch, prepareQuery, retryQuery, wordsToMark } from '../../src/lib/search/query.ts';

describe('prepareQuery', () => {
  it.each([
    ['المعاهده', ['معاهد']],
    ['المعاهدة', ['معاهد']],
    ['قوة', ['قوه']],
    ['وبالجيش', ['جيش']],
    ['للمهندسين', ['مهندس']],
    ['الاتفاقيات', ['اتفاق']],
    ['اتفاقاً', ['اتفاق']],
    ['جنودهم', ['جنود']],
    ['الجيوش', ['جيوش']],
    ['٣ آلاف جندي', ['3000', 'جندي']],
    ['3,500', ['3500']],
    ['كيم جونج أون', ['كيم', 'جونج', 'اون']],
    ['NIS', ['nis']],
    ['وزير', ['وزير']],
  ])('%s → %j', (query, words) => expect(prepareQuery(query)).toEqual(words));
});

describe('retryQuery', () => {
  it('reads a leading و as a particle only on a second try', () => {
    expect(retryQuery(['وبودانوف'])).toEqual(['بودانوف']);
    expect(retryQuery(['لبوتين'])).toEqual(['بوتين']);
    expect(retryQuery(['روسيا'])).toBeUndefined();
  });

  it('reads a verb’s imperfect prefix off on a second try, from the word before its endings', () => {
    expect(retryQuery(['يتخلي'])).toEqual(['تخلي']);
    expect(retryQuery(['ينسحبون'])).toEqual(['انسحب']);
    expect(retryQuery(['تمثال'])).toBeUndefined();
  });
});

describe('isRealMatch', () => {
  const content = 'وصلت القوات إلى كورسك و أشارت التقارير إلى الزي الرسمي ⁂ قوات';

  it('accepts a result where each query word begins a word of the text or its extra forms', () => {
    expect(isRealMatch(content, ['كورسك'])).toBe(true);
    expect(isRealMatch(content, ['قوات', 'كورس'])).toBe(true);
  });

  it('refuses what Pagefind finds by shortening a word that matches nothing', () => {
    expect(isRealMatch(content, ['ورسك'])).toBe(false);
    expect(isRealMatch(content, ['زير'])).toBe(false);
    expect(isRealMatch(content, ['كورسك', 'بطريق'])).toBe(false);
  });
});

describe('isWholeWordMatch', () => {
  it('wants a guessed word whole, or with its endings, not as the start of another', () => {
    expect(isWholeWordMatch('في طريقهم إلى الحدود', ['طريق'])).toBe(true);
    expect(isWholeWordMatch('قال كورسكوف', ['كورسك'])).toBe(false);
    expect(isWholeWordMatch('قال بوتين إن', ['بوتين'])).toBe(true);
    expect(isWholeWordMatch('وصلت إلى كورسك.', ['كورسك'])).toBe(true);
    expect(isWholeWordMatch('بدأ الهجوم', ['اله'])).toBe(false);
  });
});

describe('wordsToMark', () => {
  const lexicon = buildLexicon([{ name: 'بيونغ يانغ', names: ['بيونج يانج', 'Pyongyang'] }], [['سلاح', 'أسلحة']]);

  it('adds every spelling of an entity the query names', () => {
    expect(wordsToMark(prepareQuery('بيونج يانج'), lexicon)).toEqual(expect.arrayContaining(['بيونغ', 'يانغ', 'pyongyang']));
    expect(wordsToMark(prepareQuery('Pyongyang'), lexicon)).toEqual(expect.arrayContaining(['بيونغ', 'يانغ']));
  });

  it('adds the other forms of a plural', () => {
    expect(wordsToMark(prepareQuery('سلاح'), lexicon)).toContain('اسلح');
  });

  it('adds nothing for part of a name', () => {
    expect(wordsToMark(prepareQuery('يانج'), lexicon)).toEqual(['يانج']);
  });
});

describe('buildExcerpt', () => {
  const content = `قال الرئيس الأوكراني فولوديمير زيلينسكي إن بلاده صدت القوات. وأرسلت بيونغ يانغ 3 آلاف جندي إلى كورسك. ${SEARCH_EXTRAS_MARK} زيلينسكى 3000 بيونج`;

  it('never shows the index-only forms', () => {
    expect(realText(content)).not.toContain(SEARCH_EXTRAS_MARK);
    expect(buildExcerpt(content, ['زيلينسكي']).html).not.toContain('زيلينسكى');
  });

  it('marks the article’s own spelling of what the reader typed another way', () => {
    const excerpt = buildExcerpt(content, prepareQuery('الاوكرانى'));
    expect(excerpt.html).toContain('<mark>الأوكراني</mark>');
    expect(excerpt.marked).toEqual(['الأوكراني']);
  });

  it('marks words under their proclitics and punctuation', () => {
    const excerpt = buildExcerpt(content, prepareQuery('القوات'));
    expect(excerpt.html).toContain('<mark>القوات</mark>.');
  });

  it('marks a number written in words for a query in digits', () => {
    const excerpt = buildExcerpt(content, prepareQuery('3000'));
    expect(excerpt.html).toContain('<mark>3</mark> <mark>آلاف</mark>');
  });

  it('centres on the matches and marks where it cut the text', () => {
    const long = `${'كلمة '.repeat(50)}كورسك ${'كلمة '.repeat(50)}`;
    const excerpt = buildExcerpt(long, ['كورسك'], 10);
    expect(excerpt.html.startsWith('… ')).toBe(true);
    expect(excerpt.html.endsWith(' …')).toBe(true);
    expect(excerpt.html).toContain('<mark>كورسك</mark>');
  });

  it('escapes the text it shows', () => {
    expect(buildExcerpt('a <b> كورسك', ['كورسك']).html).toBe('a &lt;b&gt; <mark>كورسك</mark>');
  });
});
