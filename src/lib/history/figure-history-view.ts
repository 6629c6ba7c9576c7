import { formatDayOrMonth } from '../arabic/dates.ts';
import { formatFigure } from '../figures/format.ts';
import type { Claim } from '../figures/ledger.ts';
import type { FigureAspect, FigureChange } from './figure-history.ts';
import { shortHash } from './change-log.ts';

/** One thing a change did to a figure, in Arabic: "عُدّل الرقم" with what it was and what it became. */
export interface FigureEdit {
  what: string;
  from?: string;
  to?: string;
}

/** One commit in a figure's history, as its claim page lists it. */
export interface FigureHistoryEntry {
  date: Date;
  /** The commit's subject, as the editor wrote it. */
  subject: string;
  commit: string;
  edits: FigureEdit[];
}

/**
 * What a claim page says of its figure's history:
 * - `unavailable`: the build has no history (history.ts), or git could not read the versions;
 * - `unrecorded`: no committed version of the article has this figure yet;
 * - `recorded`: its changes, newest first; `older` when its article has changes beyond those
 *   read and the figure was already in the oldest one read, so its history began earlier.
 */
export type FigureHistoryView =
  { state: 'unavailable' } | { state: 'unrecorded' } | { state: 'recorded'; entries: FigureHistoryEntry[]; older: boolean };

const ASPECT_WORDS: Record<Exclude<FigureAspect, 'claimant-page'>, string> = {
  number: 'عُدّل الرقم',
  when: 'عُدّل التاريخ الذي يشير إليه',
  claimant: 'عُدّل اسم القائل',
  via: 'عُدّلت سلسلة النقل',
  quote: 'عُدّلت الجملة المقتبسة',
};

function edits(change: FigureChange, unit: string | undefined, olderThanShown: boolean): FigureEdit[] {
  const figure = (claim: Claim) => formatFigure(claim, unit);
  switch (change.kind) {
    case 'added':
      return [{ what: olderThanShown ? 'الرقم في أقدم نسخة يعرضها السجل' : 'أُضيف الرقم', to: figure(change.after) }];
    case 'restored':
      return [{ what: 'أُعيد الرقم إلى المقال', to: figure(change.after) }];
    case 'removed':
      return [{ what: 'حُذف الرقم من المقال' }];
    case 'changed':
      return change.aspects.map((aspect) => {
        const { before, after } = change;
        // The claimant linked to (or unlinked from) its page among the site's entities: its name may not have changed.
        if (aspect === 'claimant-page') {
          if (before.claimantId === undefined) return { what: 'رُبط القائل بصفحته في الموقع' };
          return { what: after.claimantId === undefined ? 'فُكّ ربط القائل بصفحته في الموقع' : 'رُبط القائل بصفحة أخرى في الموقع' };
        }
        const what = ASPECT_WORDS[aspect];
        if (aspect === 'number') return { what, from: figure(before), to: figure(after) };
        if (aspect === 'when') return { what, from: formatDayOrMonth(before.when), to: formatDayOrMonth(after.when) };
        if (aspect === 'claimant') return { what, from: before.claimant, to: after.claimant };
        return { what };
      });
  }
}

/**
 * A figure's history as its page shows it, from its changes (figure-history.ts, newest first;
 * undefined: none recorded), the metric's unit, and whether its article's log was cut (it has
 * older changes than those read).
 */
export function figureHistoryView(
  available: boolean,
  changes: readonly FigureChange[] | undefined,
  unit: string | undefined,
  articleLogCut: boolean,
  oldestRead: string | undefined,
): FigureHistoryView {
  if (!available) return { state: 'unavailable' };
  if (!changes || changes.length === 0) return { state: 'unrecorded' };
  const oldest = changes[changes.length - 1]!;
  const older = articleLogCut && oldest.kind === 'added' && oldest.commit.hash === oldestRead;
  return {
    state: 'recorded',
    older,
    entries: changes.map((change) => ({
      date: change.commit.date,
      subject: change.commit.subject,
      commit: shortHash(change.commit.hash),
      edits: edits(change, unit, older && change === oldest),
    })),
  };
}
