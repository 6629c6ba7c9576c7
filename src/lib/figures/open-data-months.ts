import { pushTo } from '../listing/grouping.ts';
import { EXPORT_COLUMNS } from './export.ts';
import type { Claim } from './ledger.ts';

/**
 * The open data comes in one file per month of publication: a month's file is as large as a
 * month of articles however long the site runs, and only the files of the months an edit
 * touches change. (One file of every figure was 240 MB at 100,000 articles and rewritten with
 * every article.)
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
  /** How many figures (rows) its files hold. */
  figures: number;
  json: string;
  csv: string;
}

/** The open data's index: its columns and its month files, the newest month first. */
export interface OpenDataIndex {
  columns: readonly string[];
  months: OpenDataMonth[];
}

/** `/figures/2025-11` for base `/figures` and month 2025-11: a month file's address without its extension. */
export const monthFileBase = (base: string, month: ClaimMonth): string => `${base}/${month}`;

/** The index of a list of claims published under `base` (/figures, /topics/<id>/figures). */
export function openDataIndex(claims: readonly Claim[], base: string): OpenDataIndex {
  const months = [...claimsByMonth(claims).entries()]
    .sort(([a], [b]) => b.localeCompare(a))
    .map(([month, inMonth]) => ({
      month,
      figures: inMonth.length,
      json: `${monthFileBase(base, month)}.json`,
      csv: `${monthFileBase(base, month)}.csv`,
    }));
  return { columns: EXPORT_COLUMNS, months };
}
