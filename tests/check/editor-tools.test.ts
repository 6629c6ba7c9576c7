import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/check/content.ts';
import { unknownReference } from '../../src/lib/content/references.ts';

const run = promisify(execFile);
const work = mkdtempSync(join(tmpdir(), 'editor-tools-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
/** The five raw texts the first articles were imported from, kept in the repository: a clone has nothing beside it. */
const SEEDS = 'tests/fixtures/seed-texts';

/** A content folder with the real sources, topics and metrics and no articles. */
function emptyContent(name: string): string {
  const content = join(work, name, 'content');
  for (const folder of readdirSync('content').filter((f) => f !== 'articles'))
    cpSync(join('content', folder), join(content, folder), { recursive: true });
  mkdirSync(join(content, 'articles'), { recursive: true });
  return content;
}

async function tool(script: string, args: string[], content: string) {
  return run(process.execPath, [`scripts/${script}.ts`, ...args], { env: { ...process.env, ARABIC_NEWS_CONTENT_DIR: content } });
}

/** The edits the seeds' README asks of the editor, and only those: headlines where the text has none. */
const README_EDITS: Record<string, (text: string) => string> = {
  '000_5573576484b73bbb': (t) => t.replace('title: ""', 'title: "وزارة الدفاع الروسية تنشر صورًا لجنود كوريين شماليين يزيلون الألغام"'),
  '003_04372fc662654fe5': (t) => t.replace('title: ""', 'title: "تصوير جنود كوريين شماليين يتلقون الزي الرسمي في روسيا"'),
  '002_3ab0a48c1437315e': (t) => t.replace('(19501953)', '(1950–1953)'),
};
const SOURCES: Record<string, string> = {
  '000_5573576484b73bbb': 'fox-news',
  '001_df59269dfde3334c': 'al-jazeera-english',
  '002_3ab0a48c1437315e': 'step-news-agency',
  '003_04372fc662654fe5': 'cnn-arabic',
  '004_4d7f934547020fce': 'unattributed',
};

describe('npm run import', () => {
  it.each(Object.keys(SOURCES))('turns seed %s into an article that passes npm run check after the README’s edits', async (seed) => {
    const content = emptyContent(`import-${seed}`);
    const slug = seed.replace('_', '-');
    const { stdout } = await tool(
      'import',
      [join(SEEDS, `${seed}.txt`), '--source', SOURCES[seed]!, '--topic', 'north-korean-troops-in-russia', '--date', '2025-01-01'],
      content,
    );
    expect(stdout).toContain(`wrote ${join(content, 'articles', `${slug}.mdx`)}`);
    const file = join(content, 'articles', `${slug}.mdx`);
    writeFileSync(
      file,
      (README_EDITS[seed] ?? ((t: string) => t))(readFileSync(file, 'utf8')).replace('summary: ""', 'summary: "ملخص المقال."'),
    );
    expect(checkContent(content).problems).toEqual([]);
  });

  it('drops the furniture the seeds README names, and keeps the headings', async () => {
    const content = emptyContent('import-furniture');
    await tool(
      'import',
      [join(SEEDS, '002_3ab0a48c1437315e.txt'), '--source', 'step-news-agency', '--topic', 'russia-ukraine-war', '--slug', 'step'],
      content,
    );
    const text = readFileSync(join(content, 'articles', 'step.mdx'), 'utf8');
    expect(text).toContain('title: "بعد اعتراف روسيا.. كوريا الشمالية تعلق على تورط قواتها في حرب أوكرانيا"');
    for (const furniture of ['اخر الاخبار', 'اترك تعليقاً', 'لن يتم نشر عنوان بريدك']) expect(text).not.toContain(furniture);
    const seed4 = emptyContent('import-headings');
    await tool(
      'import',
      [join(SEEDS, '004_4d7f934547020fce.txt'), '--source', 'unattributed', '--topic', 'russia-ukraine-war', '--slug', 'withdrawal'],
      seed4,
    );
    const headings = readFileSync(join(seed4, 'articles', 'withdrawal.mdx'), 'utf8').match(/^## .*$/gm);
    expect(headings).toEqual([
      '## تفاصيل الانسحاب',
      '## الخسائر الفادحة',
      '## الهجوم الأوكراني على كورسك',
      '## التعاون الكوري الشمالي الروسي',
      '## التحضيرات الكورية الشمالية لإرسال مزيد من القوات',
    ]);
  });

  it('refuses an unknown source, naming the nearest', async () => {
    const content = emptyContent('import-bad-source');
    const error = await tool('import', [join(SEEDS, '000_5573576484b73bbb.txt'), '--source', 'fox-new'], content).catch(
      (e) => e as { code: number; stderr: string },
    );
    expect((error as { code: number }).code).toBe(2);
    const known = new Set(readdirSync(join(content, 'sources')).map((name) => name.replace(/\.yaml$/, '')));
    const rule = unknownReference(['source'], 'fox-new', 'sources', known)!;
    expect((error as { stderr: string }).stderr).toContain(`--source ${rule.en}\n--source ${rule.ar}`);
    expect(rule.en).toContain('did you mean "fox-news"?');
  });
});

describe('npm run new', () => {
  it('writes a commented article that the check then says how to complete', async () => {
    const content = emptyContent('new');
    const { stdout } = await tool('new', ['--source', 'fox-news', '--topic', 'russia-ukraine-war', '--date', '2025-11-21'], content);
    const file = join(content, 'articles', 'new-article-2025-11-21.mdx');
    expect(stdout).toContain(`wrote ${file}`);
    const problems = checkContent(content).problems.map((p) => p.field);
    expect(problems).toEqual(['title', 'summary', 'body']);
    const text = readFileSync(file, 'utf8').replace('title: ""', 'title: "عنوان"').replace('summary: ""', 'summary: "ملخص."');
    writeFileSync(file, `${text}\nنص المقال.\n`);
    expect(checkContent(content).problems).toEqual([]);
  });

  it('refuses a day that does not exist', async () => {
    const content = emptyContent('new-bad-date');
    const error = await tool('new', ['--source', 'fox-news', '--topic', 'russia-ukraine-war', '--date', '2025-02-29'], content).catch(
      (e) => e as { code: number; stderr: string },
    );
    expect((error as { code: number }).code).toBe(2);
    expect((error as { stderr: string }).stderr).toContain('--date "2025-02-29" is not a date');
  });

  it('will not overwrite an article', async () => {
    const content = emptyContent('new-twice');
    const args = ['--source', 'fox-news', '--topic', 'russia-ukraine-war', '--slug', 'same-name'];
    await tool('new', args, content);
    const error = await tool('new', args, content).catch((e) => e as { code: number; stderr: string });
    expect((error as { stderr: string }).stderr).toContain('already exists');
  });
});
