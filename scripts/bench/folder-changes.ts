import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every file under a folder by its path there, with a digest of its bytes. */
export type FolderSnapshot = Map<string, string>;

export function snapshotFolder(folder: string): FolderSnapshot {
  const snapshot: FolderSnapshot = new Map();
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = join(entry.parentPath, entry.name);
    snapshot.set(relative(folder, file), createHash('sha1').update(readFileSync(file)).digest('hex'));
  }
  return snapshot;
}

export interface FolderChanges {
  added: string[];
  changed: string[];
  removed: string[];
  /** Files in the later snapshot. */
  total: number;
}

/**
 * What a deploy of `after` over `before` would upload or delete: the files added, changed (same
 * path, other bytes) and removed, each sorted.
 */
export function folderChanges(before: FolderSnapshot, after: FolderSnapshot): FolderChanges {
  const added: string[] = [];
  const changed: string[] = [];
  for (const [path, digest] of after) {
    const old = before.get(path);
    if (old === undefined) added.push(path);
    else if (old !== digest) changed.push(path);
  }
  const removed = [...before.keys()].filter((path) => !after.has(path));
  return { added: added.sort(), changed: changed.sort(), removed: removed.sort(), total: after.size };
}

/** Files a deploy touches, as a share of the site's files. */
export const changedShare = ({ added, changed, removed, total }: FolderChanges): number =>
  total === 0 ? 0 : (added.length + changed.length + removed.length) / total;
