import type { CurrentRange } from '../lib/figures/current-range.ts';
import type { FigureValue } from '../lib/figures/format.ts';
import type { Claim } from '../lib/figures/ledger.ts';
import { relatedNotes } from '../lib/figures/related-metrics.ts';
import { claimantPath, metricAnchor, metricDefinitionPath, quotePath } from '../lib/site/urls.ts';
import { must, type Catalog } from './catalog.ts';
import type { PageLink } from './views.ts';

/*
 * What a ledger says about its metrics beyond their claims, as plain data: how related metrics
 * differ (with links to their definitions), each metric's range of current claims, and the
 * definitions themselves for the open-data page.
 */

/** A metric's name, linked to its definition. */
export const metricLink = (id: string, catalog: Catalog): PageLink => ({
  path: metricDefinitionPath(id),
  title: must(catalog.metrics, id).data.label,
});

/** One claim of a range line: the figure, who gives it, the date it refers to, and its sentence. */
export interface RangeClaim extends FigureValue {
  unit: string;
  claimant: string;
  claimantPath?: string | undefined;
  /** YYYY-MM[-DD]. */
  when: string;
  /** The article's sentence that states it. */
  path: string;
}

/** How many agreeing claimants a line names; the count says how many there are. */
export const AGREEING_NAMED = 3;

/** A metric's range line (src/lib/figures/current-range.ts), ready to show. */
export type RangeLine =
  | { kind: 'agree'; claimants: number; claims: RangeClaim[] }
  | { kind: 'range'; claimants: number; lowest: RangeClaim; highest: RangeClaim };

function rangeClaim(claim: Claim, unit: string): RangeClaim {
  return {
    value: claim.value,
    valueMax: claim.valueMax,
    qualifier: claim.qualifier,
    unit,
    claimant: claim.claimant,
    claimantPath: claim.claimantId === undefined ? undefined : claimantPath(claim.claimantId),
    when: claim.when,
    path: quotePath(claim.article.id, claim.anchor),
  };
}

export function rangeLine(range: CurrentRange, unit: string): RangeLine {
  if (range.kind === 'agree') {
    return { kind: 'agree', claimants: range.claims.length, claims: range.claims.slice(0, AGREEING_NAMED).map((c) => rangeClaim(c, unit)) };
  }
  return { kind: 'range', claimants: range.claimants, lowest: rangeClaim(range.lowest, unit), highest: rangeClaim(range.highest, unit) };
}

/** What a ledger's section says of its metric besides its claims. */
export interface MetricLines {
  /** The range of its current claims, each claimant's latest, in the whole topic. */
  range: RangeLine;
  /** Its definition: what it counts and how it relates to other metrics. */
  definitionPath: string;
}

/** A metric's lines in a ledger, from the ranges of the topic's claims (currentRanges). */
export function metricLines(metric: string, ranges: Map<string, CurrentRange>, catalog: Catalog): MetricLines {
  return { range: rangeLine(must(ranges, metric), must(catalog.metrics, metric).data.unit), definitionPath: metricDefinitionPath(metric) };
}

/** A note on related metrics of a ledger, each metric linked to its definition. */
export type RelatedNoteView = { kind: 'sum'; metric: PageLink; parts: PageLink[] } | { kind: 'projection'; metric: PageLink; of: PageLink };

const relationsOf = (catalog: Catalog) => (id: string) => {
  const { sumOf, projectionOf } = must(catalog.metrics, id).data;
  return { sumOf: sumOf?.map((m) => m.id), projectionOf: projectionOf?.id };
};

/** The notes a ledger showing these metrics needs (src/lib/figures/related-metrics.ts). */
export function relatedNoteViews(shown: readonly string[], catalog: Catalog): RelatedNoteView[] {
  const link = (id: string) => metricLink(id, catalog);
  return relatedNotes(shown, relationsOf(catalog)).map((note) =>
    note.kind === 'sum'
      ? { kind: 'sum', metric: link(note.metric), parts: note.parts.map(link) }
      : { kind: 'projection', metric: link(note.metric), of: link(note.of) },
  );
}

/** A metric's definition as the open-data page gives it, at its anchor. */
export interface MetricDefinition {
  id: string;
  anchor: string;
  label: string;
  unit: string;
  counts: string;
  sumOf: PageLink[];
  projectionOf: PageLink | undefined;
}

/** Every metric's definition, in the order of their labels. */
export function metricDefinitions(catalog: Catalog): MetricDefinition[] {
  const link = (id: string) => metricLink(id, catalog);
  return [...catalog.metrics.values()]
    .map(({ id, data }) => ({
      id,
      anchor: metricAnchor(id),
      label: data.label,
      unit: data.unit,
      counts: data.counts,
      sumOf: (data.sumOf ?? []).map((m) => link(m.id)),
      projectionOf: data.projectionOf && link(data.projectionOf.id),
    }))
    .sort((a, b) => a.label.localeCompare(b.label, 'ar'));
}
