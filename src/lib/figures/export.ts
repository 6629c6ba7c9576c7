import { articlePath } from '../site/urls.ts';
import { QUALIFIERS } from './format.ts';
import type { Claim } from './ledger.ts';

/** A column of the open data as Frictionless' Table Schema describes it (data-package.ts). */
export interface ExportField {
  name: string;
  /** A Table Schema type: string, number, date, array… */
  type: 'string' | 'number' | 'date';
  description: string;
  constraints?: { required?: boolean; enum?: readonly string[]; pattern?: string };
}

/** The columns of the open data, in order, each with its type and what it holds; also in the README. */
export const EXPORT_FIELDS = [
  { name: 'id', type: 'string', description: 'The claim’s permanent id: its page is /claims/<id>/.', constraints: { required: true } },
  {
    name: 'article',
    type: 'string',
    description: 'The article’s URL path on the site, e.g. /articles/<slug>/.',
    constraints: { required: true },
  },
  { name: 'title', type: 'string', description: 'The article’s headline, in Arabic.', constraints: { required: true } },
  {
    name: 'source',
    type: 'string',
    description: 'The outlet’s id (content/sources/<id>.yaml); “unattributed” when the text names none.',
    constraints: { required: true },
  },
  {
    name: 'topics',
    type: 'string',
    description: 'The article’s topic ids, separated by spaces (an array in the JSON files).',
    constraints: { required: true },
  },
  { name: 'date', type: 'date', description: 'The day the outlet published the article (YYYY-MM-DD).', constraints: { required: true } },
  {
    name: 'metric',
    type: 'string',
    description: 'What is counted: a metric id (content/metrics/<id>.yaml).',
    constraints: { required: true },
  },
  { name: 'value', type: 'number', description: 'The number as the article gives it.', constraints: { required: true } },
  { name: 'valueMax', type: 'number', description: 'The upper end when the article gives a range; empty otherwise.' },
  {
    name: 'qualifier',
    type: 'string',
    description: 'How the number is meant: exact, about, at-least, up-to or planned (a projection, not a count).',
    constraints: { required: true, enum: QUALIFIERS },
  },
  {
    name: 'claimant',
    type: 'string',
    description: 'Who gives the number, in the article’s own words (Arabic).',
    constraints: { required: true },
  },
  {
    name: 'claimantId',
    type: 'string',
    description: 'The claimant as an entity id (content/entities/<id>.yaml), when it is one; empty otherwise.',
  },
  {
    name: 'via',
    type: 'string',
    description:
      'Who relayed the number between the claimant and the outlet, as entity ids in order, separated by spaces (an array in the JSON files); empty when no one did.',
  },
  {
    name: 'asOf',
    type: 'string',
    description: 'The day (YYYY-MM-DD) or month (YYYY-MM) the number refers to, when not the article’s date; empty otherwise.',
    constraints: { pattern: '\\d{4}-\\d{2}(-\\d{2})?' },
  },
  {
    name: 'quote',
    type: 'string',
    description: 'The sentence of the article that states the number, in Arabic, quoted from the outlet.',
    constraints: { required: true },
  },
] as const satisfies readonly ExportField[];

/** The columns' names, in order. */
export const EXPORT_COLUMNS = EXPORT_FIELDS.map((field) => field.name);

/**
 * A cell: a list of ids (topics, via) is an array in JSON and the ids separated by spaces in CSV
 * (an id is Latin kebab-case, never a space); an empty list is [] in JSON and an empty field in CSV.
 */
export type ExportValue = string | number | null | readonly string[];

export type ExportRow = Record<(typeof EXPORT_FIELDS)[number]['name'], ExportValue>;

/** One row per claim, as the JSON and CSV files publish them. */
export function exportRows(claims: readonly Claim[]): ExportRow[] {
  return claims.map((c) => ({
    id: c.id,
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
