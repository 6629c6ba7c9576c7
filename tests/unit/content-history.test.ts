/**
 * The change log's one `git log` pass (src/data/history.ts) on throwaway repositories: what a
 * build gets from a real history, a shallow clone, a folder outside git, and no git at all.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { historyOfFile, loadContentHistory } from '../../src/data/history.ts';

const work = mkdtempSync(join(tmpdir(), 'content-history-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const warnings = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
afterEach(() => {
  warnings.mockClear();
  vi.unstubAllEnvs();
});

const git = (repo: string, ...args: string[]) => execFileSync('git', ['-C', repo, ...args], { encoding: 'utf8' });
function commit(repo: string, date: string, message: string) {
  git(repo, 'add', '-A');
  execFileSync('git', ['-C', repo, 'commit', '--quiet', '-m', message], {
    env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
  });
}
const write = (file: string, text: string) => {
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, text);
};

const repo = join(work, 'repo');
const articles = join(repo, 'content', 'articles');

beforeAll(() => {
  mkdirSync(repo);
  git(repo, 'init', '--quiet', '--initial-branch', 'main');
  git(repo, 'config', 'user.name', 'محرر');
  git(repo, 'config', 'user.email', 'editor@example.com');
  write(join(repo, 'README.md'), 'not content\n');
  commit(repo, '2025-01-01T09:00:00Z', 'Start the repository');
  write(join(articles, 'first.mdx'), 'الأول\n');
  write(join(articles, 'second.mdx'), 'الثاني\n');
  commit(repo, '2025-01-02T09:00:00Z', 'Add two articles');
  write(join(articles, 'first.mdx'), 'الأول، مصححًا\n');
  commit(repo, '2025-01-03T09:00:00Z', 'تصحيح العنوان');
  write(join(articles, 'third.mdx'), 'الثالث، لم يودع بعد\n');
});

describe('loadContentHistory', () => {
  it('reads every article file’s commits in one pass, newest first', async () => {
    const history = await loadContentHistory(articles);
    expect(history.available).toBe(true);
    const first = historyOfFile(history, join(articles, 'first.mdx'));
    expect(first?.changes.map((c) => [c.kind, c.commit.subject, c.commit.date.toISOString()])).toEqual([
      ['modified', 'تصحيح العنوان', '2025-01-03T09:00:00.000Z'],
      ['added', 'Add two articles', '2025-01-02T09:00:00.000Z'],
    ]);
    expect(historyOfFile(history, join(articles, 'second.mdx'))?.changes).toHaveLength(1);
    // Each version's object, to read it by: the file as it was at that commit.
    expect(first?.changes.map((c) => c.blob)).toEqual([
      git(repo, 'rev-parse', 'HEAD:content/articles/first.mdx').trim(),
      git(repo, 'rev-parse', 'HEAD~1:content/articles/first.mdx').trim(),
    ]);
    // Commits outside the articles folder are not an article's.
    expect([...(history.available ? history.files.keys() : [])].sort()).toEqual(['first.mdx', 'second.mdx']);
    expect(warnings).not.toHaveBeenCalled();
  });

  it('has nothing for an article never committed', async () => {
    const history = await loadContentHistory(articles);
    expect(history.available).toBe(true);
    expect(historyOfFile(history, join(articles, 'third.mdx'))).toBeUndefined();
  });

  it('finds an article by the path the content loader gives, relative to the working directory', async () => {
    const history = await loadContentHistory(articles);
    expect(historyOfFile(history, relative(process.cwd(), join(articles, 'first.mdx')))?.changes).toHaveLength(2);
  });

  it('gives no log of a shallow clone, whose oldest commit would look as if it added everything', async () => {
    const shallow = join(work, 'shallow');
    execFileSync('git', ['clone', '--quiet', '--depth', '1', `file://${repo}`, shallow]);
    expect(await loadContentHistory(join(shallow, 'content', 'articles'))).toEqual({ available: false, reason: 'shallow' });
    expect(warnings.mock.calls[0]![0]).toContain('fetch-depth: 0');
  });

  it('gives no log of a folder outside git, nor where git is missing', async () => {
    const plain = join(work, 'plain', 'articles');
    write(join(plain, 'a.mdx'), 'نص\n');
    expect(await loadContentHistory(plain)).toEqual({ available: false, reason: 'no-repository' });
    vi.stubEnv('PATH', join(work, 'no-such-folder'));
    expect(await loadContentHistory(articles)).toEqual({ available: false, reason: 'no-repository' });
  });

  it('gives no log where no article was ever committed, as in a folder git ignores', async () => {
    const ignored = join(repo, 'generated', 'articles');
    write(join(repo, '.gitignore'), 'generated/\n');
    write(join(ignored, 'a.mdx'), 'نص\n');
    expect(await loadContentHistory(ignored)).toEqual({ available: false, reason: 'untracked' });
  });
});
