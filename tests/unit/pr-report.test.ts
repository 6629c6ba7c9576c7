/**
 * `npm run pr-report`: each test builds a throwaway git repository with a small content
 * folder on main, branches, changes the content as an editor would, and reads the report.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { gatherReport } from '../../scripts/pr-report/gather.ts';
import { ReportError } from '../../scripts/pr-report/git.ts';
import { reportMarkdown } from '../../src/lib/pr-report/markdown.ts';

const repos: string[] = [];
afterEach(() => {
  for (const repo of repos.splice(0)) rmSync(repo, { recursive: true, force: true });
});

const DATA: Record<string, string> = {
  'sources/outlet-a.yaml':
    'name: وكالة ألف\nlatinName: Outlet A\ncountry: unknown\nkind: agency\nowner: unknown\nownership:\n  kind: unknown\nfunding: unknown\n',
  'topics/war.yaml': 'title: الحرب\ndescription: أخبار الحرب وأرقامها.\n',
  'topics/talks.yaml': 'title: المفاوضات\ndescription: أخبار المفاوضات.\n',
  'metrics/killed.yaml': 'label: القتلى\nunit: قتيل\ncounts: الجنود الذين قُتلوا.\n',
  'metrics/wounded.yaml': 'label: الجرحى\nunit: جريح\ncounts: الجنود الذين جُرحوا.\n',
  'entities/nis.yaml': 'name: المخابرات الوطنية\nkind: organisation\nnames: [الاستخبارات الكورية الجنوبية]\n',
};

interface Figure {
  metric: string;
  value: number;
  claimant: string;
  asOf?: string;
  sentence: string;
}

/** An article whose text holds each figure's sentence, as the check requires. */
function article(title: string, date: string, topics: string[], figures: Figure[]): string {
  const yaml = figures.map((f) =>
    [
      `  - metric: ${f.metric}`,
      `    value: ${f.value}`,
      `    claimant: "${f.claimant}"`,
      ...(f.asOf ? [`    asOf: ${f.asOf}`] : []),
      `    quote: "${f.sentence}"`,
    ].join('\n'),
  );
  return [
    '---',
    `title: "${title}"`,
    `summary: "ملخص ${title}."`,
    `date: ${date}`,
    'source: outlet-a',
    'topics:',
    ...topics.map((t) => `  - ${t}`),
    ...(figures.length > 0 ? ['figures:', ...yaml] : []),
    '---',
    '',
    `${title}. ${figures.map((f) => `${f.sentence}.`).join(' ')} وهذا نص المقال.`,
    '',
  ].join('\n');
}

function repository(files: Record<string, string>): {
  repo: string;
  git: (...args: string[]) => string;
  write: (files: Record<string, string>) => void;
} {
  const repo = mkdtempSync(join(tmpdir(), 'pr-report-'));
  repos.push(repo);
  const git = (...args: string[]) => execFileSync('git', ['-C', repo, ...args], { encoding: 'utf8' });
  const write = (more: Record<string, string>) => {
    for (const [path, text] of Object.entries(more)) {
      mkdirSync(dirname(join(repo, 'content', path)), { recursive: true });
      writeFileSync(join(repo, 'content', path), text);
    }
  };
  git('init', '--quiet', '--initial-branch', 'main');
  git('config', 'user.name', 'محرر');
  git('config', 'user.email', 'editor@example.com');
  write({ ...DATA, ...files });
  git('add', '-A');
  git('commit', '--quiet', '-m', 'content');
  return { repo, git, write };
}

const commit = (git: (...args: string[]) => string, message: string) => {
  git('add', '-A');
  git('commit', '--quiet', '-m', message);
};

const report = (repo: string, base = 'main', siteUrl?: string) => {
  const { report, names } = gatherReport({ repo, base });
  return reportMarkdown(report, names, { siteUrl });
};

const EARLY = article(
  'تقدير أول للخسائر',
  '2025-01-10',
  ['war'],
  [{ metric: 'killed', value: 100, claimant: 'كييف', sentence: 'قتل 100 جندي' }],
);
const LATER = article(
  'تقدير ثان للخسائر',
  '2025-03-01',
  ['war'],
  [{ metric: 'killed', value: 4000, claimant: 'واشنطن', asOf: '2025-02', sentence: 'قتل 4000 جندي' }],
);

describe('npm run pr-report', () => {
  it('reports a branch that adds one article with figures: the article, its figures against the ledger, a clean check', () => {
    const { repo, git, write } = repository({ 'articles/early.mdx': EARLY, 'articles/later.mdx': LATER });
    git('checkout', '--quiet', '-b', 'cms/articles/nis-300');
    write({
      'articles/nis-300.mdx': article(
        'مقتل 300 جندي',
        '2025-02-04',
        ['war', 'talks'],
        [
          { metric: 'killed', value: 300, claimant: 'الاستخبارات الكورية الجنوبية', sentence: 'قتل نحو 300 جندي' },
          { metric: 'wounded', value: 2700, claimant: 'الاستخبارات الكورية الجنوبية', sentence: 'أصيب 2700 آخرون' },
        ],
      ),
    });
    commit(git, 'Add an article');
    const markdown = report(repo, 'main', 'https://preview.example/');

    expect(markdown).toMatch(/^<!-- arabic-news:pr-report -->/);
    expect(markdown).toContain('Articles: 1 added, 0 changed, 0 removed; figures: 2 added, 0 changed, 0 removed.');
    expect(markdown).toContain('✅ 9 content files checked: no problems.');
    expect(markdown).toContain('فُحص من ملفات المحتوى 9 ملفات: لا مشكلات.');
    expect(markdown).toContain(
      '| [مقتل 300 جندي](https://preview.example/articles/nis-300/) | وكالة ألف | `2025-02-04` | الحرب، المفاوضات |',
    );
    // In the topic that had claims: it differs from the latest (4,000 as of 2025-02), inside the range before.
    const war = markdown.slice(markdown.indexOf('#### الحرب'), markdown.indexOf('#### المفاوضات'));
    expect(war).not.toBe('');
    expect(war).toContain(
      '- ➕ **`killed` · القتلى:** 300 قتيل (الاستخبارات الكورية الجنوبية، 2025-02-04) — [`/articles/nis-300/`](https://preview.example/articles/nis-300/)' +
        ' — ⚠️ differs from the latest figure · يخالف آخر رقم: 4,000 قتيل (واشنطن، 2025-02)' +
        ' — ledger range before · المدى قبل: 100–4,000 (2 claims · رقمان)\n',
    );
    expect(war).toContain('**`wounded` · الجرحى:** 2,700 جريح (الاستخبارات الكورية الجنوبية، 2025-02-04)');
    expect(war).toContain('— first claim of this metric in the topic · أول رقم لهذا المقياس في الموضوع');
    // In a topic with no claims before, both are its first.
    const talks = markdown.slice(markdown.indexOf('#### المفاوضات'));
    expect(talks.match(/first claim of this metric in the topic/g)).toHaveLength(2);
    expect(markdown).not.toContain('### Outlets, topics');
  });

  it('marks a figure outside the range before, and one equal to the latest', () => {
    const { repo, git, write } = repository({ 'articles/early.mdx': EARLY, 'articles/later.mdx': LATER });
    git('checkout', '--quiet', '-b', 'more');
    write({
      'articles/high.mdx': article(
        'مقتل 9000',
        '2025-03-05',
        ['war'],
        [{ metric: 'killed', value: 9000, claimant: 'موسكو', sentence: 'قتل 9000 جندي' }],
      ),
      'articles/same.mdx': article(
        'مقتل 4000',
        '2025-03-06',
        ['war'],
        [{ metric: 'killed', value: 4000, claimant: 'لندن', sentence: 'قتل 4000 جندي' }],
      ),
    });
    commit(git, 'Two articles');
    const markdown = report(repo);
    expect(markdown).toMatch(/9,000 قتيل \(موسكو، 2025-03-05\).* — ⚠️ differs .* — ⚠️ outside that range · خارج هذا المدى\n/);
    expect(markdown).toMatch(/4,000 قتيل \(لندن، 2025-03-06\).* — same as the latest figure · يطابق آخر رقم — ledger range before/);
  });

  it('reports a corrected figure as changed, a deleted article as removed, and what else changed in an article', () => {
    const { repo, git, write } = repository({ 'articles/early.mdx': EARLY, 'articles/later.mdx': LATER });
    git('checkout', '--quiet', '-b', 'corrections');
    write({ 'articles/early.mdx': EARLY.replace('value: 100', 'value: 120').replace('تقدير أول للخسائر"', 'تقدير أول معدّل"') });
    git('rm', '--quiet', 'content/articles/later.mdx');
    commit(git, 'Correct one, remove one');
    const markdown = report(repo);
    expect(markdown).toContain('Articles: 0 added, 1 changed, 1 removed; figures: 0 added, 1 changed, 1 removed.');
    expect(markdown).toMatch(
      /#### Changed · عُدّلت \(1\)\n\n\| Headline · العنوان .* Changed · ما تغيّر \|\n.*\n\| تقدير أول معدّل<br>.* \| `title` `figures` \|/,
    );
    expect(markdown).toContain('#### Removed · حُذفت (1)');
    expect(markdown).toContain('| تقدير ثان للخسائر<br>`/articles/later/` |');
    expect(markdown).toContain('- ✏️ **`killed` · القتلى:** 100 قتيل (كييف، 2025-01-10) → 120 قتيل (كييف، 2025-01-10)');
    expect(markdown).toContain('- ➖ **`killed` · القتلى:** 4,000 قتيل (واشنطن، 2025-02) — `/articles/later/`');
  });

  it('measures new figures against the base as it is now, not as it was when the branch left it', () => {
    const { repo, git, write } = repository({ 'articles/early.mdx': EARLY });
    git('checkout', '--quiet', '-b', 'behind');
    write({
      'articles/new.mdx': article(
        'مقتل 300',
        '2025-02-04',
        ['war'],
        [{ metric: 'killed', value: 300, claimant: 'سيول', sentence: 'قتل 300 جندي' }],
      ),
    });
    commit(git, 'Add an article');
    // main moves on after the branch left it.
    git('checkout', '--quiet', 'main');
    write({ 'articles/later.mdx': LATER });
    commit(git, 'Another article on main');
    git('checkout', '--quiet', 'behind');
    const markdown = report(repo);
    // Only the branch's own article is listed…
    expect(markdown).toContain('Articles: 1 added, 0 changed, 0 removed');
    expect(markdown).not.toContain('تقدير ثان');
    // …but the ledger it is measured against holds main's newer claim.
    expect(markdown).toContain('يخالف آخر رقم: 4,000 قتيل (واشنطن، 2025-02) — ledger range before · المدى قبل: 100–4,000 (2 claims');
  });

  it('lists the outlets, topics and entities a branch adds, changes or removes, by their Arabic names', () => {
    const { repo, git, write } = repository({});
    git('checkout', '--quiet', '-b', 'data');
    write({
      'sources/outlet-b.yaml':
        'name: صحيفة باء\nlatinName: Outlet B\ncountry: unknown\nkind: newspaper\nowner: unknown\nownership:\n  kind: unknown\nfunding: unknown\n',
      'topics/war.yaml': 'title: الحرب في أوكرانيا\ndescription: أخبار الحرب وأرقامها.\n',
      'entities/kyiv.yaml': 'name: كييف\nkind: place\nnames: [كيف]\n',
    });
    git('rm', '--quiet', 'content/entities/nis.yaml');
    commit(git, 'Data');
    const markdown = report(repo);
    expect(markdown).toContain('- Added · أُضيفت: Outlets · المصادر — صحيفة باء (`outlet-b`)');
    expect(markdown).toContain('- Added · أُضيفت: Entities · الجهات — كييف (`kyiv`)');
    expect(markdown).toContain('- Changed · عُدّلت: Topics · المواضيع — الحرب في أوكرانيا (`war`)');
    // A removed entry is named from the base.
    expect(markdown).toContain('- Removed · حُذفت: Entities · الجهات — المخابرات الوطنية (`nis`)');
  });

  it('gives the check’s problems in both languages with file, line and field, the branch’s own files first', () => {
    const { repo, git, write } = repository({ 'articles/early.mdx': EARLY });
    git('checkout', '--quiet', '-b', 'broken');
    write({
      'articles/broken.mdx': article(
        'مقتل 300',
        '2025-02-30',
        ['war'],
        [{ metric: 'killed', value: 300, claimant: 'سيول', sentence: 'قتل 300 جندي' }],
      ).replace('quote: "قتل 300 جندي"', 'quote: "جملة ليست في النص"'),
    });
    commit(git, 'A broken article');
    const markdown = report(repo);
    expect(markdown).toMatch(/❌ \d+ problems in 1 file, \d+ of them in files this pull request changes/);
    expect(markdown).toMatch(/مشكلت?ا?ن? في ملف واحد|مشكلات في ملف واحد/);
    expect(markdown).toMatch(/```text\ncontent\/articles\/broken\.mdx:\d+ {2}date {2}.*2025-02-30.*\n {4}.*YYYY-MM-DD/);
    expect(markdown).toMatch(/content\/articles\/broken\.mdx:\d+ {2}figures\[0\]\.quote {2}/);
    // The article is still listed, so a reviewer sees what the broken file is.
    expect(markdown).toContain('| مقتل 300<br>`/articles/broken/` | وكالة ألف |');
  });

  it('refuses, saying what to do, an unknown base and content changes not committed', () => {
    const { repo, write } = repository({ 'articles/early.mdx': EARLY });
    expect(() => gatherReport({ repo, base: 'origin/nowhere' })).toThrow(ReportError);
    expect(() => gatherReport({ repo, base: 'origin/nowhere' })).toThrow(
      /"origin\/nowhere" is not a branch or commit [^\n]* --base origin\/main [^\n]*\n«origin\/nowhere» ليس/,
    );
    write({ 'articles/draft.mdx': EARLY.replace('تقدير أول', 'مسودة') });
    expect(() => gatherReport({ repo, base: 'main' })).toThrow(
      /content\/ has changes not committed \(content\/articles\/draft\.mdx\) — commit or stash them first\n/,
    );
  });
});
