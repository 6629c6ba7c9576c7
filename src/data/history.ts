/**
 * The articles' change log from the repository's history: one `git log` process for the whole
 * articles folder, its output read line by line as it comes (src/lib/history/git-log.ts), never
 * one process per article nor the whole log in one string.
 *
 * A build without that history still succeeds, and its article pages say the log is not
 * available: a content folder outside a git work tree (a tarball, the tests' and benchmarks'
 * generated folders), a folder with no committed article, a machine without git, and a
 * shallow clone. A shallow clone's oldest commit looks as if it added every file, so its log
 * would show a cut history as if it were whole: it is not shown at all.
 */
import { execFile, spawn } from 'node:child_process';
import { relative, resolve, sep } from 'node:path';
import { createInterface } from 'node:readline';
import { promisify } from 'node:util';
import { GIT_LOG_ARGUMENTS, HistoryReader, type FileHistory } from '../lib/history/git-log.ts';

export type ContentHistory =
  | {
      available: true;
      /** The articles folder, absolute: the files' paths are relative to it. */
      folder: string;
      files: ReadonlyMap<string, FileHistory>;
    }
  | { available: false; reason: Unavailable };

/** Why there is no log: each said once in the build's output, so whoever deploys can fix it. */
type Unavailable = 'no-repository' | 'shallow' | 'untracked' | 'failed';

const REASONS: Record<Unavailable, string> = {
  'no-repository': 'the content folder is not in a git work tree (or git is not installed)',
  shallow: 'the clone is shallow — fetch the whole history (git fetch --unshallow, or fetch-depth: 0 in CI)',
  untracked: 'no article in the content folder has been committed',
  failed: 'git log failed',
};

function unavailable(reason: Unavailable, detail = ''): ContentHistory {
  console.warn(`change log not available: ${REASONS[reason]}${detail ? ` (${detail})` : ''}`);
  return { available: false, reason };
}

/** Whether `folder` is in a work tree, and in a shallow one; undefined when it is not in one or git is missing. */
async function repositoryAt(folder: string): Promise<{ shallow: boolean } | undefined> {
  try {
    const { stdout } = await promisify(execFile)('git', ['-C', folder, 'rev-parse', '--is-inside-work-tree', '--is-shallow-repository']);
    const [inWorkTree, shallow] = stdout.trim().split('\n');
    return inWorkTree === 'true' ? { shallow: shallow === 'true' } : undefined;
  } catch {
    return undefined;
  }
}

/** Every article file's history, from one `git log` of the articles folder. */
export async function loadContentHistory(articlesFolder: string): Promise<ContentHistory> {
  const folder = resolve(articlesFolder);
  const repository = await repositoryAt(folder);
  if (!repository) return unavailable('no-repository');
  if (repository.shallow) return unavailable('shallow');

  const git = spawn('git', ['-C', folder, ...GIT_LOG_ARGUMENTS], { stdio: ['ignore', 'pipe', 'pipe'] });
  // Never rejects: git failing to start (it was there a moment ago) is a failed log, not a failed build.
  const exited = new Promise<number>((done) => {
    git.once('error', () => done(-1));
    git.once('close', (code) => done(code ?? -1));
  });
  let errors = '';
  git.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    if (errors.length < 2000) errors += chunk;
  });
  const reader = new HistoryReader();
  try {
    for await (const line of createInterface({ input: git.stdout, crlfDelay: Infinity })) reader.line(line);
  } catch (error) {
    git.kill();
    await exited;
    return unavailable('failed', (error as Error).message);
  }
  const code = await exited;
  if (code !== 0) return unavailable('failed', errors.trim().split('\n')[0]);
  const files = reader.done();
  if (files.size === 0) return unavailable('untracked');
  return { available: true, folder, files };
}

/**
 * An article's history by its file (an entry's `filePath`, relative to the working directory
 * as Astro's loaders give it): undefined when the log has none, such as a file never committed.
 */
export function historyOfFile(history: ContentHistory, filePath: string | undefined): FileHistory | undefined {
  if (!history.available || filePath === undefined) return undefined;
  return history.files.get(relative(history.folder, resolve(filePath)).split(sep).join('/'));
}
