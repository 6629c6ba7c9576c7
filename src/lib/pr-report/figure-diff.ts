/**
 * What a pull request does to one article's figures. A figure is the same figure when it
 * counts the same thing, by the same claimant, in the same quoted sentence; if its number,
 * qualifier or date then differ, it was changed (a correction), not removed and added.
 */
import { normalizeArabic } from '../arabic/normalize.ts';
import { pushTo } from '../listing/grouping.ts';
import type { Claim } from '../figures/ledger.ts';

export type FigureChange =
  { kind: 'added'; claim: Claim } | { kind: 'removed'; claim: Claim } | { kind: 'changed'; claim: Claim; before: Claim };

const identity = (c: Claim) => [c.metric, normalizeArabic(c.claimant), normalizeArabic(c.quote)].join('\u0000');

const sameReading = (a: Claim, b: Claim) =>
  a.value === b.value &&
  a.valueMax === b.valueMax &&
  a.qualifier === b.qualifier &&
  a.asOf === b.asOf &&
  a.claimantId === b.claimantId &&
  a.via.join(' ') === b.via.join(' ');

/** The figures added, changed and removed between an article's two versions, in the new version's order. */
export function diffFigures(before: readonly Claim[], after: readonly Claim[]): FigureChange[] {
  const waiting = new Map<string, Claim[]>();
  for (const claim of before) pushTo(waiting, identity(claim), claim);
  const changes: FigureChange[] = [];
  for (const claim of after) {
    const same = waiting.get(identity(claim));
    // An identical figure first, so that a sentence quoted for two numbers pairs each with its own.
    const at = same?.findIndex((old) => sameReading(old, claim)) ?? -1;
    const old = at >= 0 ? same!.splice(at, 1)[0] : same?.shift();
    if (!old) changes.push({ kind: 'added', claim });
    else if (!sameReading(old, claim)) changes.push({ kind: 'changed', claim, before: old });
  }
  for (const left of waiting.values()) for (const claim of left) changes.push({ kind: 'removed', claim });
  return changes;
}
