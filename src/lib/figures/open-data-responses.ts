import { toCsv, type ExportRow } from './export.ts';

/** An open-data JSON file: one value to a line, so that two builds' files diff row by row. */
export const jsonFile = (value: unknown): Response =>
  new Response(`${JSON.stringify(value, null, 1)}\n`, { headers: { 'Content-Type': 'application/json' } });

/** An open-data CSV file (see toCsv). */
export const csvFile = (rows: readonly ExportRow[]): Response =>
  new Response(toCsv(rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
