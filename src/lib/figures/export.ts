import { articlePath } from '../site/urls.ts';
import type { Claim } from './ledger.ts';

/** The columns of the open data, in order; documented in the README. */
export const EXPORT_COLUMNS = [
  'article',
  'title',
  'source',
  'topics',
  'date',
  'metric',
  'value',
  'valueMax',
  'qualifier',
  'claimant',
  'claimantId',
  'via',
  'asOf',
  'quote',
] as const;

/**
 * A cell: a list of ids (topics, via) is an array in JSON and the ids separated by spaces in CSV
 * (an id is Latin kebab-case, never a space); an empty list is [] in JSON and an empty field in CSV.
 */
export type ExportValue = string | number | null | readonly string[];

export type ExportRow = Record<(typeof EXPORT_COLUMNS)[number], ExportValue>;

/** One row per claim, as the JSON and CSV files publish them. */
export function exportRows(claims: readonly Claim[]): ExportRow[] {
  return claims.map((c) => ({
    article: articlePath(c.article.id),
    title: c.article.title,
    source: c.article.source,
    topics: c.article.topics,
    date: c.article.date,
    metric: c.metric,
    value: c.value,
    valueMax: c.valueMax ?? null,
    qualifier: c.qualifier,
    claimant: c.claimant,
    claimantId: c.claimantId ?? null,
    via: c.via,
    asOf: c.asOf ?? null,
    quote: c.quote,
  }));
}

function csvField(value: ExportValue): string {
  if (value === null) return '';
  const text = typeof value === 'object' ? value.join(' ') : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * RFC 4180 CSV with a header row and CRLF line ends, preceded by a UTF-8 byte order mark so
 * spreadsheet programs read the Arabic as Arabic.
 */
export function toCsv(rows: readonly ExportRow[]): string {
  const lines = [EXPORT_COLUMNS.join(','), ...rows.map((row) => EXPORT_COLUMNS.map((c) => csvField(row[c])).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
