import type { FileHistory } from './git-log.ts';

/** One change as an article page lists it. */
export interface ChangeLogEntry {
  /** When it was committed. */
  date: Date;
  /** The commit's subject, as the editor wrote it. */
  subject: string;
  /** The commit's short hash, to find it in the repository. */
  commit: string;
}

/**
 * What an article page says of its change log (the history of this site's record of the
 * article, not the outlet's updates to its text, which the frontmatter's `updated` gives).
 * - `unavailable`: the build had no history (no git work tree, a shallow clone…);
 * - `unrecorded`: the history has no commit of this file: it is new, not committed yet;
 * - `recorded`: its newest changes, newest first, and how many older ones are not listed.
 */
export type ChangeLogView =
  { state: 'unavailable' } | { state: 'unrecorded' } | { state: 'recorded'; lastChanged: Date; changes: ChangeLogEntry[]; more: number };

/** A commit's short hash, to find it in the repository: the length `git log --oneline` uses in a small repository. */
export const shortHash = (hash: string): string => hash.slice(0, 7);

/** The change log of one article file, from its history (undefined: none recorded) in a build that has one or not. */
export function changeLogView(available: boolean, history: FileHistory | undefined): ChangeLogView {
  if (!available) return { state: 'unavailable' };
  const newest = history?.changes[0];
  if (!history || !newest) return { state: 'unrecorded' };
  return {
    state: 'recorded',
    lastChanged: newest.commit.date,
    changes: history.changes.map(({ commit }) => ({
      date: commit.date,
      subject: commit.subject,
      commit: shortHash(commit.hash),
    })),
    more: history.more,
  };
}
