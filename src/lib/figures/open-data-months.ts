import { pushTo } from '../listing/grouping.ts';
import { FIGURES_DATA_PATH } from '../site/urls.ts';
import { EXPORT_COLUMNS } from './export.ts';
import type { Claim } from './ledger.ts';

/**
 * The open data comes in one file per month of publication: a month's file is as large as a
 * month of articles however long the site runs, and only the files of the months an edit
 * touches change. (One file of every figure was 240 MB at 100,000 articles and rewritten with
 * every article.) There is one set of month files for the whole site, with a `topics` column:
 * a set per topic wrote every figure once more for each of its article's topics, three quarters
 * of the open data's bytes at 10,000 articles.
 */
export type ClaimMonth = string;

/** The month a claim is filed under: its article's publication month, YYYY-MM. */
export const claimMonth = (claim: Claim): ClaimMonth => claim.article.date.slice(0, 7);

const grouped = new WeakMap<readonly Claim[], Map<ClaimMonth, Claim[]>>();

/**
 * Claims by the month they are filed under, each month's in their given order. Computed once
 * per list: every month's file of a listing looks its claims up here.
 */
export function claimsByMonth(claims: readonly Claim[]): ReadonlyMap<ClaimMonth, readonly Claim[]> {
  let months = grouped.get(claims);
  if (!months) {
    months = new Map();
    for (const claim of claims) pushTo(months, claimMonth(claim), claim);
    grouped.set(claims, months);
  }
  return months;
}

/** One month of the open data, as its index lists it. */
export interface OpenDataMonth {
  month: ClaimMonth;
  /** How many figures its files hold: of the index's topic when it has one, else every row. */
  figures: number;
  json: string;
  csv: string;
}

/**
 * The open data's index: its columns and its month files, the newest month first. A topic's
 * index lists the months its figures are in: its rows there are those whose `topics` hold it.
 */
export interface OpenDataIndex {
  columns: readonly string[];
  topic?: string;
  months: OpenDataMonth[];
}

/** `/figures/2025-11`: a month file's address without its extension. */
export const monthFileBase = (month: ClaimMonth): string => `${FIGURES_DATA_PATH}/${month}`;

/** The index of the whole site's claims, or of the claims of one topic's articles. */
export function openDataIndex(claims: readonly Claim[], topic?: string): OpenDataIndex {
  const months = [...claimsByMonth(claims).entries()]
    .sort(([a], [b]) => b.localeCompare(a))
    .map(([month, inMonth]) => ({
      month,
      figures: inMonth.length,
      json: `${monthFileBase(month)}.json`,
      csv: `${monthFileBase(month)}.csv`,
    }));
  return topic === undefined ? { columns: EXPORT_COLUMNS, months } : { columns: EXPORT_COLUMNS, topic, months };
}
