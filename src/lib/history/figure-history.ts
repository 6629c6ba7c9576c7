/**
 * A figure's history, for its claim page: the commits, among its article's, where the figure
 * appeared, changed or went away. A figure lives in its article's frontmatter, so its history
 * is read off the article's versions (each parsed with the claim ids of the article as it is
 * named today, so a renamed article keeps its claims); a commit that changed only the text or
 * another figure is not in it.
 */
import { normalizeArabic } from '../arabic/normalize.ts';
import type { Claim } from '../figures/ledger.ts';
import type { Commit } from './git-log.ts';

/** One version of an article: the commit that made it, and its figures then (none once deleted). */
export interface ArticleVersion {
  commit: Commit;
  claims: readonly Claim[];
}

/** What a change did to a figure that was there before and after it. */
export type FigureAspect = 'number' | 'when' | 'claimant' | 'claimant-page' | 'via' | 'quote';

export type FigureChange =
  | { commit: Commit; kind: 'added' | 'restored'; after: Claim }
  | { commit: Commit; kind: 'changed'; aspects: FigureAspect[]; before: Claim; after: Claim }
  | { commit: Commit; kind: 'removed'; before: Claim };

const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** What differs between two versions of one claim, in the order a reader weighs them. */
export function changedAspects(before: Claim, after: Claim): FigureAspect[] {
  const aspects: FigureAspect[] = [];
  if (before.value !== after.value || before.valueMax !== after.valueMax || before.qualifier !== after.qualifier) aspects.push('number');
  if (before.when !== after.when) aspects.push('when');
  // The claimant's words may differ only by what the id ignores (a hamza, a tatweel): that is no change to a reader.
  if (normalizeArabic(before.claimant) !== normalizeArabic(after.claimant)) aspects.push('claimant');
  if (before.claimantId !== after.claimantId) aspects.push('claimant-page');
  if (!same(before.via, after.via)) aspects.push('via');
  if (before.quote.trim() !== after.quote.trim()) aspects.push('quote');
  return aspects;
}

/**
 * Each figure's changes, newest first, by claim id, from its article's versions (newest
 * first, as the change log lists them). One pass over the versions, oldest first: linear in
 * the versions and their figures.
 */
export function figureHistories(versions: readonly ArticleVersion[]): Map<string, FigureChange[]> {
  const histories = new Map<string, FigureChange[]>();
  let before = new Map<string, Claim>();
  const record = (id: string, change: FigureChange) => {
    const list = histories.get(id);
    if (list) list.push(change);
    else histories.set(id, [change]);
  };
  for (let i = versions.length - 1; i >= 0; i--) {
    const { commit, claims } = versions[i]!;
    const now = new Map(claims.map((claim) => [claim.id, claim]));
    for (const [id, after] of now) {
      const earlier = before.get(id);
      if (!earlier) record(id, { commit, kind: histories.has(id) ? 'restored' : 'added', after });
      else {
        const aspects = changedAspects(earlier, after);
        if (aspects.length > 0) record(id, { commit, kind: 'changed', aspects, before: earlier, after });
      }
    }
    for (const [id, earlier] of before) if (!now.has(id)) record(id, { commit, kind: 'removed', before: earlier });
    before = now;
  }
  for (const list of histories.values()) list.reverse();
  return histories;
}
