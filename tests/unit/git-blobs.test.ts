/**
 * The one `git cat-file --batch` process a build reads earlier versions through
 * (src/data/git-blobs.ts), on a throwaway repository.
 */
import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GitBlobReader } from '../../src/data/git-blobs.ts';

const work = mkdtempSync(join(tmpdir(), 'git-blobs-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const articles = join(work, 'content', 'articles');
const git = (...args: string[]) => execFileSync('git', ['-C', work, ...args], { encoding: 'utf8' }).trim();

// Longer than a pipe's buffer, so its reply comes in several chunks.
const LONG = `${'سطر طويل من نص المقال. '.repeat(8000)}\n`;
let first = '';
let second = '';

beforeAll(() => {
  git('init', '--quiet', '--initial-branch', 'main');
  git('config', 'user.name', 'محرر');
  git('config', 'user.email', 'editor@example.com');
  mkdirSync(articles, { recursive: true });
  writeFileSync(join(articles, 'one.mdx'), 'الأول\n');
  writeFileSync(join(articles, 'long.mdx'), LONG);
  git('add', '-A');
  git('commit', '--quiet', '-m', 'first');
  first = git('rev-parse', 'HEAD');
  writeFileSync(join(articles, 'one.mdx'), 'الأول، مصححًا\n');
  rmSync(join(articles, 'long.mdx'));
  git('add', '-A');
  git('commit', '--quiet', '-m', 'second');
  second = git('rev-parse', 'HEAD');
});

describe('GitBlobReader', () => {
  it('reads each file as it was at a commit, relative to its folder, in the order asked', async () => {
    const reader = new GitBlobReader(articles);
    expect(await reader.read([`${second}:./one.mdx`, `${first}:./one.mdx`, `${first}:./long.mdx`, `${second}:./long.mdx`])).toEqual([
      'الأول، مصححًا\n',
      'الأول\n',
      LONG,
      undefined, // deleted by then
    ]);
    reader.close();
  });

  it('answers reads made at once, each with its own files, through one process', async () => {
    const reader = new GitBlobReader(articles);
    const [a, b, c] = await Promise.all([
      reader.read([`${first}:./long.mdx`]),
      reader.read([`${second}:./one.mdx`, `${first}:./missing.mdx`]),
      reader.read([]),
    ]);
    expect([a, b, c]).toEqual([[LONG], ['الأول، مصححًا\n', undefined], []]);
    reader.close();
  });

  it('refuses a name git’s batch protocol cannot carry, and fails where there is no repository', async () => {
    const reader = new GitBlobReader(articles);
    await expect(reader.read([`${first}:./one\n.mdx`])).rejects.toThrow(/line break/);
    reader.close();
    const outside = new GitBlobReader(join(work, 'no-such-folder'));
    await expect(outside.read([`${first}:./one.mdx`])).rejects.toThrow(/git cat-file stopped|ENOENT/);
  });

  it('neither ends a program under a pending read nor keeps it alive once read', { timeout: 30_000 }, async () => {
    // A program that reads once and returns: it must print the file, then exit by itself.
    const program = `
      import { GitBlobReader } from ${JSON.stringify(resolve('src/data/git-blobs.ts'))};
      const reader = new GitBlobReader(${JSON.stringify(articles)});
      setTimeout(async () => console.log((await reader.read([${JSON.stringify(`${first}:./one.mdx`)}]))[0].trim()), 10);
    `;
    const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', program], { timeout: 20_000 });
    expect(stdout.trim()).toBe('الأول');
  });
});
