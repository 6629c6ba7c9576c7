import { normalizeArabic } from '../arabic/normalize.ts';
import type { Qualifier } from './format.ts';
import { pushTo } from '../listing/grouping.ts';

/** One figure as the ledger lists it: the number, who claims it, when, and where it was read. */
export interface Claim {
  /** Its permanent id, for its permalink (claim-ids.ts). */
  id: string;
  metric: string;
  value: number;
  valueMax?: number | undefined;
  qualifier: Qualifier;
  claimant: string;
  claimantId?: string | undefined;
  /** Who relayed it between the claimant and the outlet: entity ids, from the claimant outward; empty when the text names no one. */
  via: readonly string[];
  /** The day or month the number refers to: its asOf, else the article's date (YYYY-MM[-DD]). */
  when: string;
  asOf?: string | undefined;
  quote: string;
  /** The anchor of the quoted sentence in the article (quote-1…). */
  anchor?: string | undefined;
  /** The article's topics are one array per article, shared by its claims. */
  article: { id: string; title: string; date: string; source: string; topics: readonly string[] };
}

/** Claims by one claimant on one metric, in time order: a revision is one line, not a contradiction. */
export interface Series {
  key: string;
  claimant: string;
  claimantId?: string | undefined;
  claims: Claim[];
}

export interface MetricLedger {
  metric: string;
  /** Every claim, oldest first (by the date it refers to, then the article's date). */
  claims: Claim[];
  /** The same claims grouped by claimant, largest series first. */
  series: Series[];
}

/** One claimant, whether named by entity id or, without one, by the same words. */
export function claimantKey(claim: Pick<Claim, 'claimant' | 'claimantId'>): string {
  return claim.claimantId ? `entity:${claim.claimantId}` : `text:${normalizeArabic(claim.claimant)}`;
}

/** Claims in time order: by the date each refers to, then the article's date, then the number. */
export const byTime = (a: Claim, b: Claim): number =>
  a.when.localeCompare(b.when) || a.article.date.localeCompare(b.article.date) || a.value - b.value;

/**
 * How many of a metric's claims a page draws: the latest ones. A topic of 100,000 articles has
 * tens of thousands of claims a metric, a page of hundreds of megabytes drawn whole; every claim
 * stays in the open data and on each article's page.
 */
export const LEDGER_WINDOW = 60;

/**
 * A set of claims cut to the latest `window` of each metric, by the date each refers to, with
 * how many each metric had: what a page draws, and what it says it left out.
 */
export function latestClaims(claims: readonly Claim[], window = LEDGER_WINDOW): { shown: Claim[]; totals: Map<string, number> } {
  const byMetric = new Map<string, Claim[]>();
  for (const claim of claims) pushTo(byMetric, claim.metric, claim);
  const totals = new Map<string, number>();
  const shown: Claim[] = [];
  for (const [metric, list] of byMetric) {
    totals.set(metric, list.length);
    shown.push(...(list.length <= window ? list : [...list].sort(byTime).slice(-window)));
  }
  return { shown, totals };
}

/**
 * The ledger of a set of claims: for each metric (in `metricOrder`, then any others), its
 * claims in time order and the series of each claimant. One pass to group, one sort each.
 */
export function buildLedger(claims: readonly Claim[], metricOrder: readonly string[] = []): MetricLedger[] {
  const byMetric = new Map<string, Claim[]>();
  for (const claim of claims) pushTo(byMetric, claim.metric, claim);
  const rank = (metric: string) => {
    const at = metricOrder.indexOf(metric);
    return at === -1 ? metricOrder.length : at;
  };
  return [...byMetric.entries()]
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
    .map(([metric, list]) => {
      const sorted = [...list].sort(byTime);
      const series = new Map<string, Series>();
      for (const claim of sorted) {
        const key = claimantKey(claim);
        const entry = series.get(key) ?? { key, claimant: claim.claimant, claimantId: claim.claimantId, claims: [] };
        entry.claims.push(claim);
        series.set(key, entry);
      }
      return {
        metric,
        claims: sorted,
        series: [...series.values()].sort((a, b) => b.claims.length - a.claims.length || a.key.localeCompare(b.key)),
      };
    });
}
