import { execFile, execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { articleFacts } from '../../src/lib/pr-report/article-facts.ts';

// An article page's change log comes from the content folder's git history, read in one pass
// (src/data/history.ts). The seed content, copied where no repository holds it, builds with the
// log "not available"; made a repository, the same folder builds with each page's commits.
const work = mkdtempSync(join(tmpdir(), 'change-log-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const content = join(work, 'content');
const out = join(work, 'dist');
cpSync('content', content, { recursive: true });
const env = { ...process.env, ARABIC_NEWS_CONTENT_DIR: content, ARABIC_NEWS_OUT_DIR: out, ARABIC_NEWS_CACHE_DIR: join(work, 'cache') };
const build = () => promisify(execFile)(process.execPath, ['scripts/build.ts'], { env, maxBuffer: 64 * 1024 * 1024 });
const page = (id: string) => readFileSync(join(out, 'articles', id, 'index.html'), 'utf8');
const changeLog = (id: string) => page(id).match(/<details class="change-log"[^]*?<\/details>/)?.[0] ?? '';
/** The text of a claim page's history: its figure's changes, newest first, one line each. */
const figureHistory = (claimId: string) =>
  (readFileSync(join(out, 'claims', claimId, 'index.html'), 'utf8').match(/<section class="figure-history"[^]*?<\/section>/)?.[0] ?? '')
    .replace(/<\/li>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .trim();
/** The claim ids of an article's figures, by metric. */
const claimsOf = (id: string) =>
  Object.fromEntries(articleFacts(id, readFileSync(join(content, 'articles', `${id}.mdx`), 'utf8')).claims.map((c) => [c.metric, c.id]));

const git = (...args: string[]) => execFileSync('git', ['-C', content, ...args], { encoding: 'utf8' });
const commit = (date: string, message: string) => {
  git('add', '-A');
  execFileSync('git', ['-C', content, 'commit', '--quiet', '-m', message], {
    env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
  });
};

const EDITED = 'north-korean-troops-withdraw-from-kursk';
const OTHER = 'north-korean-troops-clear-mines-in-kursk';
const NEW = 'not-committed-yet';

describe('the change log', { timeout: 240_000 }, () => {
  it('is "not available" where the content has no git history, and the build succeeds', async () => {
    const { stderr } = await build();
    expect(stderr).toContain('change log not available');
    expect(page(EDITED)).toContain('سجل التعديلات غير متاح في هذه النسخة من الموقع.');
    expect(page(EDITED)).not.toContain('آخر تعديل لهذه الصفحة');
    expect(figureHistory(claimsOf(EDITED).killed!)).toBe('تاريخ هذا الرقمتاريخ هذا الرقم غير متاح في هذه النسخة من الموقع.');
  });

  it('lists each page’s commits, newest first, from the content folder’s repository', async () => {
    git('init', '--quiet', '--initial-branch', 'main');
    git('config', 'user.name', 'محرر');
    git('config', 'user.email', 'editor@example.com');
    commit('2025-11-20T08:00:00Z', 'Add the seed articles');
    const file = join(content, 'articles', `${EDITED}.mdx`);
    // A correction: the wounded were 2,600, in the figure, its quote and the text alike.
    writeFileSync(file, `${readFileSync(file, 'utf8').replaceAll('2700', '2600')}\nفقرة أضافها التصحيح.\n`);
    commit('2025-11-22T08:00:00Z', 'تصحيح النص <بعد> المراجعة & "التدقيق"');
    const other = readFileSync(join(content, 'articles', `${OTHER}.mdx`), 'utf8');
    writeFileSync(join(content, 'articles', `${NEW}.mdx`), `${other}\nفقرة لم تودع بعد.\n`);
    const before = page(EDITED);
    await build();

    expect(page(EDITED)).not.toBe(before);
    const log = changeLog(EDITED);
    expect(log).toContain('(تعديلان)');
    // Newest first, each with its date, its message as written (escaped) and its short hash.
    const items = [
      ...log.matchAll(
        /<li><time datetime="([^"]+)">([^<]+)<\/time> — <bdi class="subject">([^<]+)<\/bdi> <code>([0-9a-f]{7})<\/code><\/li>/g,
      ),
    ];
    expect(items.map((m) => [m[1], m[2], m[3]])).toEqual([
      ['2025-11-22T08:00:00.000Z', '22 نوفمبر 2025', 'تصحيح النص &lt;بعد&gt; المراجعة &amp; &quot;التدقيق&quot;'],
      ['2025-11-20T08:00:00.000Z', '20 نوفمبر 2025', 'Add the seed articles'],
    ]);
    expect(items[0]![4]).toBe(git('rev-parse', '--short=7', 'HEAD').trim());
    expect(page(EDITED)).toMatch(
      /آخر تعديل لهذه الصفحة:<\/dt><dd><a href="#change-log"><time datetime="2025-11-22">22 نوفمبر 2025<\/time>/,
    );
    // The outlet's date stays the article's in JSON-LD; this site's change is the page's.
    expect(page(EDITED)).toContain('"mainEntityOfPage":{"@type":"WebPage","@id":"');
    expect(page(EDITED)).toMatch(/"@id":"[^"]+","dateModified":"2025-11-22T08:00:00Z"\}/);

    expect(changeLog(OTHER)).toContain('(تعديل واحد)');
    expect(page(NEW)).toContain('سجل التعديلات: لم يُسجَّل لهذه الصفحة أي تعديل بعد.');

    // A claim page lists only the commits that changed its own figure, each with what it was and became.
    const hash = (ref: string) => git('rev-parse', '--short=7', ref).trim();
    const figures = claimsOf(EDITED);
    const intro =
      'تاريخ هذا الرقمتعديلات محرري الموقع على هذا الرقم، الأحدث أولًا، كما سُجّلت في مستودع المحتوى. تعديلات المقال الأخرى في سجل تعديلاته.';
    const corrected = `22 نوفمبر 2025 — عُدّل الرقم من نحو 2,700 جريح إلى نحو 2,600 جريح؛ عُدّلت الجملة المقتبسة. تصحيح النص &lt;بعد&gt; المراجعة &amp; &quot;التدقيق&quot; ${hash('HEAD')}`;
    const added = (figure: string) => `20 نوفمبر 2025 — أُضيف الرقم: ${figure}. Add the seed articles ${hash('HEAD~1')}`;
    expect(figureHistory(figures.wounded!)).toBe(`${intro}${corrected}\n${added('نحو 2,700 جريح')}`);
    expect(figureHistory(figures.killed!)).toBe(
      `${intro}22 نوفمبر 2025 — عُدّلت الجملة المقتبسة. تصحيح النص &lt;بعد&gt; المراجعة &amp; &quot;التدقيق&quot; ${hash('HEAD')}\n${added('نحو 300 قتيل')}`,
    );
    expect(figureHistory(figures['troops-sent']!)).toBe(`${intro}${added('نحو 12,000 جندي')}`);
    expect(readFileSync(join(out, 'claims', figures.killed!, 'index.html'), 'utf8')).toContain(`href="/articles/${EDITED}/#change-log"`);
    expect(figureHistory(Object.values(claimsOf(NEW))[0]!)).toBe('تاريخ هذا الرقملم يُسجَّل لهذا الرقم أي تعديل بعد.');
  });
});
