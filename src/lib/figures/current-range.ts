import type { Qualifier } from './format.ts';
import { byTime, claimantKey, type Claim } from './ledger.ts';

/**
 * ACLED's rule for disputed figures made visible: where claimants disagree, show the range of
 * what they say, never an average. A claimant's *current* claim on a metric is its latest one
 * (by the date it refers to, then the article's date: `byTime`); the range runs from the lowest
 * current claim to the highest, each with who makes it and as of when.
 */
export type CurrentRange =
  /** Every current claim gives the same figure: one claimant, or several that agree. Latest first. */
  | { kind: 'agree'; claims: Claim[] }
  /** The lowest and the highest current claims, of `claimants` in all. */
  | { kind: 'range'; lowest: Claim; highest: Claim; claimants: number };

const upper = (c: Claim) => c.valueMax ?? c.value;

/** Between equal numbers, «ما يصل إلى» says less than «نحو» or an exact count, and «أكثر من» more. */
const QUALIFIER_RANK: Record<Qualifier, number> = { 'up-to': 0, about: 1, exact: 2, planned: 3, 'at-least': 4 };

/**
 * Lower first: by the lowest number a claim allows, then its highest, then its wording; equal
 * only for the same figure, so the lowest and highest of claims that differ are two claims.
 */
const byFigure = (a: Claim, b: Claim) =>
  a.value - b.value || upper(a) - upper(b) || QUALIFIER_RANK[a.qualifier] - QUALIFIER_RANK[b.qualifier];

/** Each claimant's latest claim, by metric: one pass over any set of claims. */
export function currentClaims(claims: Iterable<Claim>): Map<string, Claim[]> {
  const latest = new Map<string, Map<string, Claim>>();
  for (const claim of claims) {
    let ofMetric = latest.get(claim.metric);
    if (!ofMetric) latest.set(claim.metric, (ofMetric = new Map()));
    const key = claimantKey(claim);
    const held = ofMetric.get(key);
    if (!held || byTime(held, claim) < 0) ofMetric.set(key, claim);
  }
  return new Map([...latest].map(([metric, byClaimant]) => [metric, [...byClaimant.values()]]));
}

/** The range line of one metric's current claims (currentClaims); undefined when there are none. */
export function currentRange(current: readonly Claim[]): CurrentRange | undefined {
  if (current.length === 0) return undefined;
  let lowest = current[0]!;
  let highest = current[0]!;
  let agree = true;
  for (const claim of current) {
    // Between equal figures, the most recent claim stands for them.
    const low = byFigure(claim, lowest);
    if (low < 0 || (low === 0 && byTime(claim, lowest) > 0)) lowest = claim;
    const high = byFigure(claim, highest);
    if (high > 0 || (high === 0 && byTime(claim, highest) > 0)) highest = claim;
    agree &&= byFigure(claim, current[0]!) === 0;
  }
  if (agree) return { kind: 'agree', claims: [...current].sort((a, b) => byTime(b, a)) };
  return { kind: 'range', lowest, highest, claimants: current.length };
}

/** The range line of each metric of a set of claims (a topic's): linear in the claims. */
export function currentRanges(claims: Iterable<Claim>): Map<string, CurrentRange> {
  const ranges = new Map<string, CurrentRange>();
  for (const [metric, current] of currentClaims(claims)) ranges.set(metric, currentRange(current)!);
  return ranges;
}
