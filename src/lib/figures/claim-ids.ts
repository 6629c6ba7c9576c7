import { createHash } from 'node:crypto';
import { normalizeArabic } from '../arabic/normalize.ts';
import { claimantKey } from './ledger.ts';

/** What a claim's id is made of: where it was read, what it counts and who says it. */
export interface IdentifiedFigure {
  metric: string;
  claimant: string;
}

/** Hex digits of an id: 64 bits, so 300,000 claims (100,000 articles) collide with odds of about 1 in 400 million. */
const ID_LENGTH = 16;

/**
 * Each figure's permanent id, for its permalink (/claims/<id>/): a hash of the article's id,
 * the metric and the claimant's words (normalized, so a hamza or a tatweel does not change
 * it). A corrected number, a new date, a better quote or a reordered list keep the id; the
 * same claimant counting the same thing twice in one article gets "-2", "-3" in the order
 * written. The id changes only when the article is renamed or the claim's metric or
 * claimant is, which makes it another claim.
 */
export function claimIds(articleId: string, figures: readonly IdentifiedFigure[]): string[] {
  const seen = new Map<string, number>();
  return figures.map(({ metric, claimant }) => {
    const base = createHash('sha256')
      .update(`${articleId}\0${metric}\0${normalizeArabic(claimant)}`)
      .digest('hex')
      .slice(0, ID_LENGTH);
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base}-${count}`;
  });
}

/** The same claim wherever it appears: the same claimant, metric and number. */
export interface SameClaimKey {
  metric: string;
  value: number;
  valueMax?: number | undefined;
  claimant: string;
  claimantId?: string | undefined;
}

/**
 * The key two appearances of one claim share: the claimant (its entity, else its normalized
 * words), the metric and the number (with its upper end). The qualifier and the date do not
 * count: "about 12,000" and "12,000" from the same claimant are the same claim relayed.
 */
export function sameClaimKey(claim: SameClaimKey): string {
  return `${claimantKey(claim)}\0${claim.metric}\0${claim.value}\0${claim.valueMax ?? ''}`;
}

/** Reports of a claim oldest first: by the article's date, then its id, so the order never changes between builds. */
export const oldestReportFirst = (a: { article: { id: string; date: string } }, b: { article: { id: string; date: string } }): number =>
  a.article.date.localeCompare(b.article.date) || a.article.id.localeCompare(b.article.id);
