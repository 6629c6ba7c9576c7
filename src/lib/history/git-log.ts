/**
 * The content's change log, read from one `git log` of the whole articles folder: for each
 * article file, the commits that changed it, newest first. Pure: this module reads the log's
 * text line by line and never runs git (src/data/history.ts does, and streams its output here),
 * so a log of 100,000 articles and many commits is never one string.
 *
 * What a file's history is:
 * - every commit whose diff touches the file's path, in `git log`'s order (newest first);
 * - through renames that git reports in the same pass (`-M`: a file moved and changed by less
 *   than half), the commits of the paths it had before: after a rename `old → new` is read
 *   (walking back in time), older commits of `old` belong to the file now at `new`;
 * - a path's history is the history of that address: a file deleted and later added again at
 *   the same path shows both lives, the deletion included, as a reader of that page would want;
 * - merge commits change nothing of their own here: `git log` lists no files for them, and the
 *   branch's own commits, which it does list, carry the editor's messages.
 *
 * Each file keeps its newest `keep` changes and counts the rest, so memory is bounded per file;
 * the commit of many changes is one object shared by all of them.
 *
 * A figure's history, for its claim page, is read off this: its article's kept changes, the
 * file at each of them (src/data/figure-history.ts, figure-history.ts).
 */

/** The fields of a commit's line: hash, committer date (strict ISO 8601), subject. */
const HEADER_MARK = '\x1e';
const FIELD = '\x00';

/**
 * The arguments of the one `git log` this module reads, run with the articles folder as git's
 * working directory: paths come out relative to it (`--relative`), unquoted where they can be
 * (core.quotePath), in UTF-8, renames detected. Every setting the output depends on is given
 * here, so a user's git configuration cannot change it.
 */
export const GIT_LOG_ARGUMENTS: readonly string[] = [
  '-c',
  'core.quotePath=false',
  '-c',
  'i18n.logOutputEncoding=UTF-8',
  'log',
  '--no-color',
  '--no-show-signature',
  `--format=${HEADER_MARK}%H%x00%cI%x00%s`,
  '--raw',
  '--no-abbrev',
  '-M',
  '--relative',
  '--',
  '*.mdx',
];

/** How many changes a file keeps, newest first; older ones are only counted. */
export const KEPT_CHANGES = 20;

export interface Commit {
  /** The full hash. */
  hash: string;
  /** When it was committed: when the change became part of the site's history. */
  date: Date;
  /** The first line of its message, as the editor wrote it (often in English). */
  subject: string;
}

export type ChangeKind = 'added' | 'modified' | 'deleted' | 'renamed';

export interface FileChange {
  commit: Commit;
  kind: ChangeKind;
  /** The file's path at that commit (relative to the articles folder): not its path today after a rename. */
  path: string;
  /** The file's object at that commit, to read that version by (git cat-file); zeros once deleted. */
  blob: string;
}

export interface FileHistory {
  /** The newest changes, newest first: at most KEPT_CHANGES. */
  changes: FileChange[];
  /** How many older changes there are beyond those. */
  more: number;
}

const KINDS: Record<string, ChangeKind> = { A: 'added', M: 'modified', T: 'modified', D: 'deleted', R: 'renamed', C: 'added' };

/**
 * A path as git prints it: as is, or, with a character core.quotePath=false still quotes (a
 * quote, a backslash, a control character), in double quotes with C escapes and octal bytes.
 */
export function unquotePath(path: string): string {
  if (!path.startsWith('"') || !path.endsWith('"')) return path;
  const bytes: number[] = [];
  const utf8 = new TextEncoder();
  const named: Record<string, number> = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 };
  const text = path.slice(1, -1);
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== '\\') {
      const char = String.fromCodePoint(text.codePointAt(i)!);
      bytes.push(...utf8.encode(char));
      i += char.length - 1;
      continue;
    }
    const next = text[++i] ?? '';
    if (/[0-7]/.test(next)) {
      bytes.push(parseInt(text.slice(i, i + 3), 8));
      i += 2;
    } else bytes.push(named[next] ?? next.charCodeAt(0));
  }
  return new TextDecoder().decode(new Uint8Array(bytes));
}

/**
 * Reads `git log` (GIT_LOG_ARGUMENTS) one line at a time, newest commit first, and gives each
 * file's history at the end.
 */
export class HistoryReader {
  readonly #keep: number;
  readonly #files = new Map<string, FileHistory>();
  /** An older path → the path of the file it became, from renames already read. */
  readonly #renamedTo = new Map<string, string>();
  /** This commit's renames, applied once its lines are read: within one commit, paths are as they were. */
  #pendingRenames: [from: string, to: string][] = [];
  #commit: Commit | undefined;

  constructor(keep = KEPT_CHANGES) {
    this.#keep = keep;
  }

  /** One line of the log, without its line end. */
  line(text: string): void {
    if (text.startsWith(HEADER_MARK)) {
      this.#endCommit();
      const [hash = '', date = '', ...subject] = text.slice(HEADER_MARK.length).split(FIELD);
      if (!/^[0-9a-f]{40,64}$/.test(hash) || Number.isNaN(Date.parse(date))) {
        throw new Error(`git log: a commit line that is not "hash, date, subject": ${JSON.stringify(text.slice(0, 200))}`);
      }
      this.#commit = { hash, date: new Date(date), subject: subject.join(' ') };
      return;
    }
    if (text === '') return;
    // `--raw`: ":<old mode> <new mode> <old object> <new object> <status>\t<path>[\t<new path>]".
    const tab = text.indexOf('\t');
    const [, , , blob = '', status = ''] = text.startsWith(':') && tab > 0 ? text.slice(1, tab).split(' ') : [];
    const [first = '', second] = text.slice(tab + 1).split('\t');
    const kind = KINDS[status[0] ?? ''];
    if (!this.#commit || !kind || first === '' || !/^[0-9a-f]{40,64}$/.test(blob)) {
      throw new Error(`git log: a line that is neither a commit nor a changed file: ${JSON.stringify(text.slice(0, 200))}`);
    }
    if (kind === 'renamed' && second !== undefined) {
      const from = unquotePath(first);
      const to = unquotePath(second);
      this.#record(this.#fileOf(to), { commit: this.#commit, kind, path: to, blob });
      this.#pendingRenames.push([from, this.#fileOf(to)]);
    } else {
      // A copy (C) adds its new path; the file it was copied from is unchanged.
      const path = unquotePath(second ?? first);
      this.#record(this.#fileOf(path), { commit: this.#commit, kind, path, blob });
    }
  }

  /** Every file's history, by its path today (relative to the articles folder), deleted files included. */
  done(): Map<string, FileHistory> {
    this.#endCommit();
    return this.#files;
  }

  /** The path of the file this path's changes belong to, by the renames read so far. */
  #fileOf(path: string): string {
    return this.#renamedTo.get(path) ?? path;
  }

  #record(file: string, change: FileChange): void {
    let history = this.#files.get(file);
    if (!history) this.#files.set(file, (history = { changes: [], more: 0 }));
    if (history.changes.length < this.#keep) history.changes.push(change);
    else history.more++;
  }

  #endCommit(): void {
    for (const [from, to] of this.#pendingRenames) this.#renamedTo.set(from, to);
    this.#pendingRenames = [];
  }
}
