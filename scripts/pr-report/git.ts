/**
 * The little of git the pull-request report needs, through the git command line (what every
 * clone has): which content files two commits differ in, and their text at a commit, read
 * through one `git cat-file --batch` process for many files rather than one process a file.
 */
import { execFileSync, spawnSync } from 'node:child_process';

/** A report that cannot be made: the message says what to do, in English and Arabic. */
export class ReportError extends Error {}

export function git(repo: string, args: string[]): string {
  return execFileSync('git', ['-C', repo, ...args], { encoding: 'utf8', maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'pipe'] });
}

/** The commit a ref names, or a ReportError saying how to get it. */
export function commitOf(repo: string, ref: string): string {
  try {
    return git(repo, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]).trim();
  } catch {
    throw new ReportError(
      `"${ref}" is not a branch or commit of this repository — name the base branch, e.g. --base origin/main (git fetch origin first)\n` +
        `«${ref}» ليس فرعًا ولا إيداعًا في هذا المستودع — اكتب الفرع الأساسي، مثل ‎--base origin/main (بعد git fetch origin)`,
    );
  }
}

/** Where the branch left its base: what the pull request's own changes are measured from. */
export function mergeBase(repo: string, base: string, head: string): string {
  try {
    return git(repo, ['merge-base', base, head]).trim();
  } catch {
    throw new ReportError(
      'the branch and its base share no history here — fetch the whole history (git fetch --unshallow, or fetch-depth: 0 in CI)\n' +
        'لا تاريخ مشتركًا هنا بين الفرع وأساسه — اجلب التاريخ كاملًا (git fetch --unshallow، أو fetch-depth: 0 في CI)',
    );
  }
}

export interface ChangedPath {
  status: 'added' | 'changed' | 'removed';
  /** Relative to the repository. */
  path: string;
}

/** The files under `folder` that differ between two commits; a renamed file is one removed and one added (its URL changed). */
export function changedPaths(repo: string, from: string, to: string, folder: string): ChangedPath[] {
  const fields = git(repo, ['diff', '--name-status', '--no-renames', '-z', from, to, '--', folder]).split('\0');
  const changes: ChangedPath[] = [];
  for (let i = 0; i + 1 < fields.length; i += 2) {
    const status = fields[i]!;
    changes.push({ status: status === 'A' ? 'added' : status === 'D' ? 'removed' : 'changed', path: fields[i + 1]! });
  }
  return changes;
}

/** Files under `folder` that differ from HEAD, committed or not, tracked or not. */
export function uncommittedPaths(repo: string, folder: string): string[] {
  return git(repo, ['status', '--porcelain', '-z', '--untracked-files=all', '--', folder])
    .split('\0')
    .filter(Boolean)
    .map((entry) => entry.slice(3));
}

/** How many files a batch asks git for at once: the memory of one batch is the size of its files. */
const BATCH = 500;

/** Each path's text at `commit` (undefined where the commit has no such file), in the order asked. */
export function* filesAt(repo: string, commit: string, paths: readonly string[]): Generator<[path: string, text: string | undefined]> {
  for (let start = 0; start < paths.length; start += BATCH) {
    const batch = paths.slice(start, start + BATCH);
    const result = spawnSync('git', ['-C', repo, 'cat-file', '--batch'], {
      input: batch.map((path) => `${commit}:${path}\n`).join(''),
      maxBuffer: 1 << 30,
    });
    if (result.status !== 0) throw new Error(`git cat-file failed: ${result.stderr.toString()}`);
    const out = result.stdout;
    let at = 0;
    for (const path of batch) {
      const headerEnd = out.indexOf(10, at);
      const header = out.subarray(at, headerEnd).toString();
      at = headerEnd + 1;
      if (header.endsWith(' missing')) {
        yield [path, undefined];
        continue;
      }
      const size = Number(header.split(' ')[2]);
      yield [path, out.subarray(at, at + size).toString('utf8')];
      at += size + 1;
    }
  }
}
