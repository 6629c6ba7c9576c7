import { describe, expect, it } from 'vitest';
import { buildLexicon, searchExtras } from '../../src/lib/search/extras.ts';

const lexicon = buildLexicon(
  [
    { name: 'كيم جونغ أون', names: ['كيم جونج أون', 'Kim Jong Un'] },
    { name: 'جهاز المخابرات الوطنية', names: ['NIS', 'الاستخبارات الكورية الجنوبية'] },
  ],
  [
    ['جيش', 'جيوش'],
    ['سلاح', 'أسلحة'],
    ['قذيفة', 'قذائف'],
  ],
);

describe('searchExtras', () => {
  it('adds the query form of words: normalized, without the article or a final ه', () => {
    const extras = searchExtras('وقعت المعاهدة مع أوكرانيا', lexicon);
    expect(extras).toContain('معاهد');
    expect(extras).not.toContain('المعاهده');
  });

  it('leaves out a form that begins a written word, which Pagefind matches as a prefix', () => {
    expect(searchExtras('وقعت معاهدة والمعاهدة', lexicon)).not.toContain('معاهد');
  });

  it('leaves hamza and diacritics to Pagefind, which folds them itself', () => {
    expect(searchExtras('أوكرانيا نُشرت', lexicon)).toEqual([]);
  });

  it('adds each word without its proclitics', () => {
    expect(searchExtras('وبالجيش للمهندسين', lexicon)).toEqual(expect.arrayContaining(['جيش', 'مهندسين']));
  });

  it('adds numbers as digits without separators, and numbers written in words', () => {
    const extras = searchExtras('أرسلت 14,000 جندي من أصل ١٢ ألف', lexicon);
    expect(extras).toEqual(expect.arrayContaining(['14000', '12000']));
  });

  it('adds every spelling of an entity the text names, in every script', () => {
    const extras = searchExtras('قال الزعيم كيم جونج أون إن', lexicon);
    expect(extras).toEqual(expect.arrayContaining(['جونغ', 'kim', 'jong', 'un']));
  });

  it('finds an entity written with a proclitic on its first word', () => {
    const extras = searchExtras('بحسب والاستخبارات الكورية الجنوبية', lexicon);
    expect(extras).toEqual(expect.arrayContaining(['nis', 'جهاز', 'مخابرات', 'وطني']));
  });

  it('does not add an entity for part of its name', () => {
    expect(searchExtras('قال كيم يونغ بوك', lexicon)).not.toContain('kim');
  });

  it('adds the other forms of a broken plural', () => {
    expect(searchExtras('تحديث الجيوش', lexicon)).toContain('جيش');
    expect(searchExtras('الأسلحة الحديثة', lexicon)).toContain('سلاح');
  });

  it('leaves out words Pagefind already indexes as written', () => {
    const extras = searchExtras('روسيا وأوكرانيا', lexicon);
    expect(extras).not.toContain('روسيا');
    expect(extras).not.toContain('واوكرانيا');
  });
});

describe('searchExtras leaves out guesses', () => {
  it('does not index a و read as a particle where it may be a letter', () => {
    const extras = searchExtras('قالت وكالة الأنباء ووزير الدفاع', lexicon);
    expect(extras).not.toContain('كاله');
    expect(extras).not.toContain('زير');
  });

  it('still finds an entity behind a و particle', () => {
    expect(searchExtras('قال وكيم جونغ أون', lexicon)).toContain('kim');
  });
});

describe('searchExtras confirms guessed particles against the corpus', () => {
  /** A vocabulary where each word is in so many texts. */
  const counted = (counts: Record<string, number>) => new Map(Object.entries(counts));

  it('adds a guessed stem that more texts of the corpus have than the whole word', () => {
    expect(searchExtras('روسيا وأوكرانيا', lexicon, counted({ اوكرانيا: 2, واوكرانيا: 1 }))).toContain('اوكرانيا');
    expect(searchExtras('روسيا وأوكرانيا', lexicon, new Map())).not.toContain('اوكرانيا');
  });

  it('reads a word as a word where the corpus has it as often as its guessed stem: لبنان is not ل + بنان', () => {
    for (const texts of [1, 9]) expect(searchExtras('زار لبنان', lexicon, counted({ بنان: 1, لبنان: texts }))).not.toContain('بنان');
  });

  it('guesses no particle that leaves fewer than four letters, a final ة not counted', () => {
    const vocabulary = counted({ زير: 9, كاله: 9, جنه: 9, وزير: 1, وكاله: 1, لجنه: 1 });
    const extras = searchExtras('وزير وكالة لجنة', lexicon, vocabulary);
    for (const stem of ['زير', 'كاله', 'جنه']) expect(extras).not.toContain(stem);
  });

  it('adds a guessed stem that is a known plural, with its singular', () => {
    expect(searchExtras('زودت روسيا بقذائف', lexicon)).toEqual(expect.arrayContaining(['قذايف', 'قذيف']));
  });

  it('does not add a guess the corpus does not know', () => {
    expect(
      searchExtras(
        'قال وزير الدفاع',
        lexicon,
        new Map([
          ['دفاع', 1],
          ['قال', 1],
        ]),
      ),
    ).not.toContain('زير');
  });
});
