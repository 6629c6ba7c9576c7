import { describe, expect, it } from 'vitest';
import { HistoryReader, unquotePath, type FileHistory } from '../../src/lib/history/git-log.ts';
import { changeLogView } from '../../src/lib/history/change-log.ts';

/** A changed file's line as `--raw` writes it, from its status and paths, with a made-up object id. */
const raw = (line: string) => `:100644 100644 ${'0'.repeat(40)} ${'ab'.repeat(20)} ${line}`;

/**
 * Reads a log's text as src/data/history.ts streams it: line by line. The logs below are
 * written with each changed file's status and paths only (as `--name-status` shows them), and
 * given to the reader in `--raw`'s shape.
 */
function read(log: string, keep?: number): Map<string, FileHistory> {
  const reader = new HistoryReader(keep);
  for (const line of log.split('\n')) reader.line(/^[A-Z]\d*\t/.test(line) ? raw(line) : line);
  return reader.done();
}
const subjects = (history: FileHistory | undefined) => history?.changes.map((c) => c.commit.subject);

/**
 * Captured from `git log` with GIT_LOG_ARGUMENTS in a throwaway repository: alpha.mdx and
 * beta.mdx added (with a picture and a file outside the folder, which the log leaves out), alpha
 * corrected with an Arabic message, beta changed on a branch merged with --no-ff, alpha moved to
 * sub/gamma.mdx, beta deleted, a new article at alpha's old address, and a file name git quotes.
 */
const CAPTURED = `\x1e4acc3e967ea22ebac7b114974bef77d15438b074\x002025-01-08T10:00:00+00:00\x00Odd name

A\t"we\\"ird.mdx"
\x1e46499ea0fa4bcc9932619b1407c50c66aa81aa1c\x002025-01-07T10:00:00+00:00\x00A new article at alpha's old address

A\talpha.mdx
\x1ed0344c5c9708909a097ca732d1e6eb0f90ab7bbe\x002025-01-06T10:00:00+00:00\x00Remove beta

D\tbeta.mdx
\x1ef909c671a9dd41dbe1017b2597c0b8d72b586692\x002025-01-05T10:00:00+00:00\x00Merge branch 'edit'
\x1e25e3f8738340ec8f9b41d572147b191f48bb2bdc\x002025-01-04T10:00:00+00:00\x00Move alpha to sub/gamma

R100\talpha.mdx\tsub/gamma.mdx
\x1e7d91433c8716cbad787c40da2fad449002208bdf\x002025-01-03T10:00:00+00:00\x00Fix beta: "quotes", tabs\tand <tags> & ampersands

M\tbeta.mdx
\x1e334394b2b20c7fcbfb0ec02816d235829e89def0\x002025-01-02T10:00:00+00:00\x00تصحيح رقم القتلى في alpha

M\talpha.mdx
\x1e08b1e3c8e8246df66d99217e008e3abc8243f15c\x002025-01-01T10:00:00+03:00\x00Add alpha and beta

A\talpha.mdx
A\tbeta.mdx`;

describe('the change log of one git log pass', () => {
  const files = read(CAPTURED);

  it('gives each file its commits newest first, with date, subject and hash', () => {
    const beta = files.get('beta.mdx')!;
    expect(beta.changes.map((c) => [c.kind, c.commit.subject])).toEqual([
      ['deleted', 'Remove beta'],
      ['modified', 'Fix beta: "quotes", tabs\tand <tags> & ampersands'],
      ['added', 'Add alpha and beta'],
    ]);
    expect(beta.changes[2]!.commit.hash).toBe('08b1e3c8e8246df66d99217e008e3abc8243f15c');
    // Each change carries the file's object at that commit, to read that version by.
    expect(beta.changes[2]!.blob).toBe('ab'.repeat(20));
    // The instant, whatever the zone it was committed in.
    expect(beta.changes[2]!.commit.date.toISOString()).toBe('2025-01-01T07:00:00.000Z');
    expect(beta.more).toBe(0);
  });

  it('keeps a moved file’s history from before its rename, with the path it had then', () => {
    const gamma = files.get('sub/gamma.mdx')!;
    expect(gamma.changes.map((c) => [c.kind, c.path, c.commit.subject])).toEqual([
      ['renamed', 'sub/gamma.mdx', 'Move alpha to sub/gamma'],
      ['modified', 'alpha.mdx', 'تصحيح رقم القتلى في alpha'],
      ['added', 'alpha.mdx', 'Add alpha and beta'],
    ]);
  });

  it('starts a new file at a freed address with its own history only', () => {
    expect(subjects(files.get('alpha.mdx'))).toEqual(["A new article at alpha's old address"]);
  });

  it('lists no change of a merge: the branch’s own commits carry them', () => {
    const all = [...files.values()].flatMap((h) => h.changes.map((c) => c.commit.subject));
    expect(all).not.toContain("Merge branch 'edit'");
    expect(all).toContain('Fix beta: "quotes", tabs\tand <tags> & ampersands');
  });

  it('reads a name git quotes', () => {
    expect(subjects(files.get('we"ird.mdx'))).toEqual(['Odd name']);
    expect([...files.keys()].sort()).toEqual(['alpha.mdx', 'beta.mdx', 'sub/gamma.mdx', 'we"ird.mdx']);
  });

  it('shares one commit between the files it changed', () => {
    expect(files.get('beta.mdx')!.changes[2]!.commit).toBe(files.get('sub/gamma.mdx')!.changes[2]!.commit);
  });

  it('gives nothing for an empty log', () => {
    expect(read('').size).toBe(0);
  });

  it('keeps the newest changes of a file and counts the rest', () => {
    const hash = (i: number) => i.toString(16).padStart(40, '0');
    const log = Array.from(
      { length: 30 },
      (_, i) => `\x1e${hash(30 - i)}\x002025-02-${String(30 - i).padStart(2, '0')}T00:00:00Z\x00edit ${30 - i}\n\nM\ta.mdx`,
    );
    const a = read(log.join('\n'), 20).get('a.mdx')!;
    expect(a.changes).toHaveLength(20);
    expect(a.changes[0]!.commit.subject).toBe('edit 30');
    expect(a.more).toBe(10);
  });

  it('follows a chain of renames, and two files swapping names in one commit', () => {
    const log = [
      '\x1e' + 'c'.repeat(40) + '\x002025-03-03T00:00:00Z\x00swap',
      '',
      'R100\ta.mdx\tb.mdx',
      'R100\tb.mdx\ta.mdx',
      '\x1e' + 'b'.repeat(40) + '\x002025-03-02T00:00:00Z\x00rename x to a',
      '',
      'R090\tx.mdx\ta.mdx',
      '\x1e' + 'a'.repeat(40) + '\x002025-03-01T00:00:00Z\x00add x and b',
      '',
      'A\tx.mdx',
      'A\tb.mdx',
    ].join('\n');
    const files = read(log);
    // What is now b.mdx was a.mdx, which was x.mdx; what is now a.mdx was b.mdx.
    expect(subjects(files.get('b.mdx'))).toEqual(['swap', 'rename x to a', 'add x and b']);
    expect(files.get('b.mdx')!.changes.map((c) => c.path)).toEqual(['b.mdx', 'a.mdx', 'x.mdx']);
    expect(subjects(files.get('a.mdx'))).toEqual(['swap', 'add x and b']);
  });

  it('refuses a line that is neither a commit nor a file, saying which', () => {
    // A file before any commit; a file line without its object ids (--name-status, not --raw).
    expect(() => read('M\ta.mdx')).toThrow(/neither a commit nor a changed file: ":100644 100644 0+ (ab)+ M\\ta.mdx"/);
    const commit = `\x1e${'1'.repeat(40)}\x002025-01-01T00:00:00Z\x00s`;
    const reader = new HistoryReader();
    reader.line(commit);
    expect(() => reader.line('M\ta.mdx')).toThrow(/neither a commit nor a changed file: "M\\ta.mdx"/);
    expect(() => reader.line(':100644 100644 abc def M\ta.mdx')).toThrow(/neither a commit nor a changed file/);
    expect(() => read('\x1enot-a-hash\x00yesterday\x00s')).toThrow(/not "hash, date, subject"/);
  });
});

describe('unquotePath', () => {
  it('reads C escapes and octal UTF-8 bytes, and leaves plain names alone', () => {
    expect(unquotePath('plain-name.mdx')).toBe('plain-name.mdx');
    expect(unquotePath('"we\\"ird\\\\.mdx"')).toBe('we"ird\\.mdx');
    expect(unquotePath('"tab\\there.mdx"')).toBe('tab\there.mdx');
    expect(unquotePath('"\\330\\271.mdx"')).toBe('ع.mdx');
  });
});

describe('changeLogView', () => {
  const files = read(CAPTURED);

  it('says so when the build has no history, and when a file has none yet', () => {
    expect(changeLogView(false, files.get('beta.mdx'))).toEqual({ state: 'unavailable' });
    expect(changeLogView(true, undefined)).toEqual({ state: 'unrecorded' });
  });

  it('gives the page its last change and the list, newest first, with short hashes', () => {
    const view = changeLogView(true, files.get('sub/gamma.mdx'));
    expect(view).toEqual({
      state: 'recorded',
      lastChanged: new Date('2025-01-04T10:00:00Z'),
      changes: [
        { date: new Date('2025-01-04T10:00:00Z'), subject: 'Move alpha to sub/gamma', commit: '25e3f87' },
        { date: new Date('2025-01-02T10:00:00Z'), subject: 'تصحيح رقم القتلى في alpha', commit: '334394b' },
        { date: new Date('2025-01-01T07:00:00Z'), subject: 'Add alpha and beta', commit: '08b1e3c' },
      ],
      more: 0,
    });
  });
});
