import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { changedShare, folderChanges, snapshotFolder } from '../../scripts/bench/folder-changes.ts';

const work = mkdtempSync(join(tmpdir(), 'folder-changes-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the files a rebuild changed, as npm run bench counts them', () => {
  it('counts added, changed and removed files, and leaves out files with the same bytes', () => {
    mkdirSync(join(work, 'a/articles/one'), { recursive: true });
    writeFileSync(join(work, 'a/index.html'), 'home 1');
    writeFileSync(join(work, 'a/articles/one/index.html'), 'one');
    writeFileSync(join(work, 'a/old.html'), 'old');
    const before = snapshotFolder(join(work, 'a'));
    writeFileSync(join(work, 'a/index.html'), 'home 2');
    writeFileSync(join(work, 'a/articles/one/index.html'), 'one');
    writeFileSync(join(work, 'a/new.html'), 'new');
    rmSync(join(work, 'a/old.html'));
    const changes = folderChanges(before, snapshotFolder(join(work, 'a')));
    expect(changes).toEqual({ added: ['new.html'], changed: ['index.html'], removed: ['old.html'], total: 3 });
    expect(changedShare(changes)).toBe(1);
  });

  it('is nothing for the same folder twice', () => {
    const snapshot = snapshotFolder(join(work, 'a'));
    expect(changedShare(folderChanges(snapshot, snapshotFolder(join(work, 'a'))))).toBe(0);
  });
});
