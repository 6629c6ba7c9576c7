/**
 * What a pull request's report needs of one article file: its headline, outlet, date, topics
 * and figures as ledger claims. Read from the frontmatter alone, leniently: a file the check
 * refuses still gets a line in the report (the check's section says what is wrong with it),
 * and a figure too broken to compare is left out of the figures' diff.
 */
import { parse } from 'yaml';
import { splitFrontmatter } from '../content/frontmatter.ts';
import { yamlDateAsText } from '../content/calendar-dates.ts';
import { QUALIFIERS, type Qualifier } from '../figures/format.ts';
import { claimIds } from '../figures/claim-ids.ts';
import type { Claim } from '../figures/ledger.ts';

export interface ArticleFacts {
  id: string;
  /** Empty when the file could not be read: no frontmatter, or YAML that does not parse. */
  title: string;
  source: string;
  date: string;
  topics: string[];
  claims: Claim[];
}

const text = (value: unknown): string => {
  const plain = yamlDateAsText(value);
  return typeof plain === 'string' ? plain.trim() : typeof plain === 'number' ? String(plain) : '';
};

const record = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

const positive = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : undefined;

/** An article file's facts, from its id (the file name without .mdx) and its text. */
export function articleFacts(id: string, fileText: string): ArticleFacts {
  const facts: ArticleFacts = { id, title: '', source: '', date: '', topics: [], claims: [] };
  const split = splitFrontmatter(fileText);
  if ('gap' in split) return facts;
  let data: Record<string, unknown>;
  try {
    data = record(parse(split.yaml));
  } catch {
    return facts;
  }
  facts.title = text(data.title);
  facts.source = text(data.source);
  facts.date = text(data.date);
  facts.topics = Array.isArray(data.topics) ? data.topics.map(text).filter(Boolean) : [];
  const article = { id, title: facts.title, date: facts.date, source: facts.source, topics: facts.topics };
  const figures = (Array.isArray(data.figures) ? data.figures : []).map(record);
  const ids = claimIds(
    id,
    figures.map((figure) => ({ metric: text(figure.metric), claimant: text(figure.claimant) })),
  );
  figures.forEach((figure, index) => {
    const value = positive(figure.value);
    const metric = text(figure.metric);
    if (value === undefined || metric === '') return;
    const asOf = text(figure.asOf) || undefined;
    facts.claims.push({
      id: ids[index]!,
      metric,
      value,
      valueMax: positive(figure.valueMax),
      qualifier: QUALIFIERS.includes(figure.qualifier as Qualifier) ? (figure.qualifier as Qualifier) : 'exact',
      claimant: text(figure.claimant),
      claimantId: text(figure.claimantId) || undefined,
      via: Array.isArray(figure.via) ? figure.via.map(text).filter(Boolean) : [],
      when: asOf ?? facts.date,
      asOf,
      quote: text(figure.quote),
      article,
    });
  });
  return facts;
}

/**
 * What differs between two versions of an article file: the frontmatter fields whose values
 * differ, in the new version's order (then any removed), and `body` when the text does.
 */
export function changedParts(beforeText: string, afterText: string): string[] {
  const read = (fileText: string) => {
    const split = splitFrontmatter(fileText);
    if ('gap' in split) return { data: {}, body: fileText };
    try {
      return { data: record(parse(split.yaml)), body: split.body };
    } catch {
      return { data: { frontmatter: split.yaml }, body: split.body };
    }
  };
  const before = read(beforeText);
  const after = read(afterText);
  const keys = [...new Set([...Object.keys(after.data), ...Object.keys(before.data)])];
  const parts = keys.filter((key) => JSON.stringify(before.data[key]) !== JSON.stringify(after.data[key]));
  if (before.body.trim() !== after.body.trim()) parts.push('body');
  return parts;
}
