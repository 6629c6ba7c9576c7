import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from '../../src/lib/content/frontmatter.ts';
import { hurried, keyWords } from '../../scripts/real-text/key-words.ts';
import { passageArticle, readPassages, readSuiteQueries } from '../../scripts/real-text/corpus.ts';
import { classify, scores, scoresByClass, type Answer } from '../../scripts/real-text/recall.ts';
import { missedTargets, realTextClassKind } from '../../scripts/real-text/targets.ts';

describe('the real-text suite', () => {
  const passages = readPassages();
  const queries = readSuiteQueries();

  it('has at least 200 passages and 300 queries, each query about a passage of the suite', () => {
    expect(passages.length).toBeGreaterThanOrEqual(200);
    expect(queries.length).toBeGreaterThanOrEqual(300);
    const ids = new Set(passages.map((p) => p.id));
    expect(ids.size).toBe(passages.length);
    expect(queries.filter((q) => !ids.has(q.passage))).toEqual([]);
  });

  it('types queries as key words of two to four words, some in a hurry', () => {
    expect(queries.every((q) => q.query.split(' ').length >= 2 && q.query.split(' ').length <= 4)).toBe(true);
    expect(queries.filter((q) => q.hurried).length).toBeGreaterThan(queries.length / 5);
  });
});

describe('keyWords', () => {
  it.each([
    ['متى غادر خاشقجي السعودية؟', ['غادر', 'خاشقجي', 'السعودية']],
    ['- أين تقع مصر؟ ال', ['مصر']],
    ['كم عدد الولايات في الولايات المتحدة الأمريكية؟', ['الولايات', 'المتحدة', 'الأمريكية']],
    ['ومتى ذكر ذلك؟', ['ذكر']],
  ])('%s → %j', (question, words) => expect(keyWords(question)).toEqual(words));
});

describe('hurried', () => {
  it('drops hamza, types ه for a final ة and ي for a final ى', () => {
    expect(hurried('مساحة جمهورية مصر العربية')).toBe('مساحه جمهوريه مصر العربيه');
    expect(hurried('أطول مستشفى')).toBe('اطول مستشفي');
  });
});

describe('passageArticle', () => {
  it('writes an article whose text is the passage, its Markdown and MDX characters escaped', () => {
    const file = passageArticle(
      { id: 'p1', title: 'عنوان', text: 'نص فيه {قوس} و<وسم> و*نجمة*. وجملة ثانية.' },
      new Date(Date.UTC(2024, 0, 2)),
    );
    const split = splitFrontmatter(file);
    if ('gap' in split) throw new Error('no frontmatter');
    expect(split.yaml).toContain('date: 2024-01-02');
    expect(split.yaml).toContain('summary: نص فيه {قوس} و<وسم> و*نجمة*.');
    expect(split.body.trim()).toBe('نص فيه \\{قوس\\} و\\<وسم\\> و\\*نجمة\\*. وجملة ثانية.');
  });
});

describe('recall scores', () => {
  const passage = { id: 'p1', title: 'الدولة العثمانية', text: 'أسس عثمان الأول الدولة العثمانية.' };

  it('classes a query by whether each word is in the passage as written, spelling aside', () => {
    expect(classify('الدوله العثمانيه', passage)).toBe('as written');
    expect(classify('اسست الدولة', passage)).toBe('other forms');
  });

  it('counts recall in the first ten and the mean reciprocal rank', () => {
    const query = { query: 'q', passage: 'p1', question: 'q?', hurried: false };
    const answers: Answer[] = [
      { query, kind: 'as written', rank: 1 },
      { query, kind: 'as written', rank: 4 },
      { query: { ...query, hurried: true }, kind: 'other forms', rank: 0 },
    ];
    expect(scores(answers)).toEqual({ queries: 3, recall: 2 / 3, mrr: (1 + 1 / 4) / 3 });
    expect(scoresByClass(answers)['other forms, hurried']).toEqual({ queries: 1, recall: 0, mrr: 0 });
  });
});

describe('missedTargets (issue 14: against stock Pagefind)', () => {
  const at = (recall: number, queries = 100) => ({ recall, queries });

  it('fails a class below stock, whatever its kind', () => {
    expect(missedTargets('x', 'mixed', at(0.5), at(0.51))).toHaveLength(1);
    expect(missedTargets('x', 'mixed', at(0.51), at(0.51))).toEqual([]);
  });

  it('asks 20 points above stock where words appear in other forms, or everything where that passes 100%', () => {
    expect(missedTargets('x', 'other forms', at(0.69), at(0.5))[0]).toMatch(/not 20 points above/);
    expect(missedTargets('x', 'other forms', at(0.7), at(0.5))).toEqual([]);
    expect(missedTargets('x', 'other forms', at(0.99), at(0.9))).toHaveLength(1);
    expect(missedTargets('x', 'other forms', at(1), at(0.9))).toEqual([]);
  });

  it('asks 100% where every word appears as written', () => {
    expect(missedTargets('x', 'as written', at(0.99), at(0.5))[0]).toMatch(/not 100%/);
    expect(missedTargets('x', 'as written', at(1), at(1))).toEqual([]);
  });

  it('compares whole counts, so shares that differ only in rounding are equal', () => {
    expect(missedTargets('x', 'mixed', at(2 / 3, 3), at(0.6666667, 3))).toEqual([]);
  });

  it('names the classes of the real-text suite by kind', () => {
    expect(realTextClassKind('other forms, hurried')).toBe('other forms');
    expect(realTextClassKind('as written')).toBe('as written');
    expect(realTextClassKind('all')).toBe('mixed');
  });
});
