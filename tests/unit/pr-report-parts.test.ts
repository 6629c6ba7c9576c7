import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/lib/figures/ledger.ts';
import { articleFacts } from '../../src/lib/pr-report/article-facts.ts';
import { diffFigures } from '../../src/lib/pr-report/figure-diff.ts';
import { LedgerBefore } from '../../src/lib/pr-report/ledger-before.ts';
import { escapeMarkdown, LIMITS, reportMarkdown } from '../../src/lib/pr-report/markdown.ts';
import type { ArticleChange, Names, PrReport } from '../../src/lib/pr-report/report.ts';

const article = { id: 'a', title: 'عنوان', date: '2025-02-04', source: 'outlet', topics: ['war'] };
const claim = (value: number, more: Partial<Claim> = {}): Claim => ({
  id: `c${value}`,
  metric: 'killed',
  value,
  qualifier: 'exact',
  claimant: 'كييف',
  via: [],
  when: '2025-02-04',
  quote: `قتل ${value} جندي`,
  article,
  ...more,
});

describe('a figures diff', () => {
  it('keeps what did not change out of it, and pairs a corrected number with its figure', () => {
    const before = [claim(100), claim(200, { quote: 'الجملة' })];
    const after = [claim(100), claim(250, { quote: 'الجملة' })];
    expect(diffFigures(before, after)).toEqual([{ kind: 'changed', claim: after[1], before: before[1] }]);
  });

  it('pairs each of two numbers quoted from one sentence with its own', () => {
    const sentence = { quote: 'قتل 100 وأصيب 300' };
    const before = [claim(100, sentence), claim(300, sentence)];
    expect(diffFigures(before, [claim(300, sentence), claim(100, sentence)])).toEqual([]);
  });

  it('counts a relay added to a figure as a correction of it', () => {
    const before = [claim(100)];
    const after = [claim(100, { via: ['reuters'] })];
    expect(diffFigures(before, after)).toEqual([{ kind: 'changed', claim: after[0], before: before[0] }]);
    expect(articleFacts('a', '---\nfigures:\n  - metric: killed\n    value: 1\n    via: [reuters]\n---\n').claims[0]!.via).toEqual([
      'reuters',
    ]);
  });

  it('counts another claimant or another metric as another figure', () => {
    const diff = diffFigures([claim(100)], [claim(100, { claimant: 'موسكو' }), claim(100, { metric: 'wounded' })]);
    expect(diff.map((c) => c.kind)).toEqual(['added', 'added', 'removed']);
  });

  it('reads the same claimant spelt with or without hamza as the same', () => {
    expect(diffFigures([claim(100, { claimant: 'الاستخبارات' })], [claim(100, { claimant: 'الإستخبارات' })])).toEqual([]);
  });
});

describe('an article’s facts', () => {
  it('are read leniently: a file the check refuses still has its id, and broken figures are left out', () => {
    expect(articleFacts('x', 'no frontmatter')).toMatchObject({ id: 'x', title: '', claims: [] });
    expect(articleFacts('x', '---\ntitle: [unclosed\n---\n')).toMatchObject({ id: 'x', title: '' });
    const facts = articleFacts(
      'x',
      '---\ntitle: ع\ndate: 2025-02-04\ntopics: [war]\nfigures:\n  - metric: killed\n    value: ألف\n  - metric: killed\n    value: 5\n    asOf: 2025-01\n---\n',
    );
    expect(facts.claims).toHaveLength(1);
    expect(facts.claims[0]).toMatchObject({
      value: 5,
      when: '2025-01',
      qualifier: 'exact',
      article: { topics: ['war'], date: '2025-02-04' },
    });
  });
});

describe('the ledger before', () => {
  it('keeps only the touched topic and metric pairs, with their range and latest claim', () => {
    const ledger = new LedgerBefore([{ topic: 'war', metric: 'killed' }]);
    ledger.add([claim(300, { when: '2025-01' }), claim(50, { when: '2025-03', valueMax: 70 }), claim(9, { metric: 'wounded' })]);
    ledger.add([claim(4000, { when: '2024-12', article: { ...article, topics: ['talks'] } })]);
    expect(ledger.span('war', 'killed')).toMatchObject({ count: 2, lowest: 50, highest: 300, latest: { value: 50 } });
    expect(ledger.span('war', 'wounded')).toBeUndefined();
    expect(ledger.span('talks', 'killed')).toBeUndefined();
    expect([...ledger.topicIds]).toEqual(['war']);
  });
});

const names: Names = { source: (id) => id, topic: (id) => id, metric: (id) => ({ label: id }), entity: (id) => id };
const emptyReport = (more: Partial<PrReport> = {}): PrReport => ({
  base: { ref: 'main', commit: 'a'.repeat(40) },
  head: { ref: 'branch', commit: 'b'.repeat(40) },
  check: { problems: [], filesChecked: 1 },
  changedFiles: new Set(),
  articles: [],
  entries: [],
  ledgerBefore: () => undefined,
  ...more,
});

describe('the report’s Markdown', () => {
  it('escapes what Markdown would read as markup in the content’s words', () => {
    expect(escapeMarkdown('عنوان | فيه *نجمة* و[قوس]\nوسطر')).toBe('عنوان \\| فيه \\*نجمة\\* و\\[قوس\\] وسطر');
  });

  it('names who relayed a figure after its claimant', () => {
    const relayed = claim(100, { via: ['reuters', 'new-york-times'] });
    const articles: ArticleChange[] = [
      { kind: 'added', facts: articleFacts('a', ''), parts: [], figures: [{ kind: 'added', claim: relayed }] },
    ];
    const markdown = reportMarkdown(emptyReport({ articles }), { ...names, entity: (id) => (id === 'reuters' ? 'رويترز' : id) });
    expect(markdown).toContain('(كييف ← رويترز ← new-york-times، 2025-02-04)');
  });

  it('cuts a long list and says how many it left out', () => {
    const articles: ArticleChange[] = Array.from({ length: LIMITS.articles + 5 }, (_, i) => ({
      kind: 'added',
      facts: { ...articleFacts(`a-${i}`, ''), title: `مقال ${i}` },
      parts: [],
      figures: [],
    }));
    const markdown = reportMarkdown(emptyReport({ articles }), names);
    expect(markdown.match(/^\| مقال \d+/gm)).toHaveLength(LIMITS.articles);
    expect(markdown).toContain('…and 5 more articles · وغيرها: 5');
  });

  it('stays under GitHub’s comment limit, closing a code block it cuts', () => {
    const problems = Array.from({ length: LIMITS.problems }, (_, i) => ({
      file: `content/articles/a-${i}.mdx`,
      line: 1,
      field: 'title',
      en: 'x'.repeat(1000),
      ar: 'س'.repeat(1000),
    }));
    const markdown = reportMarkdown(emptyReport({ check: { problems, filesChecked: 100 } }), names);
    expect(markdown.length).toBeLessThan(65_536);
    expect((markdown.match(/^```/gm) ?? []).length % 2).toBe(0);
    expect(markdown).toContain('…the report is cut here: run `npm run pr-report -- --base main` for all of it.');
  });
});
