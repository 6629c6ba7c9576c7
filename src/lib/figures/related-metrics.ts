/**
 * Counts that differ are never compared as one: a metric declares what it adds up (`sumOf`:
 * casualties are killed and wounded together) or what it projects (`projectionOf`: troops
 * planned are an expectation of troops sent, not a count). Where a ledger shows two related
 * metrics, it says so in plain words, each metric linked to its definition.
 */

/** How a metric relates to others, as content/metrics/<id>.yaml declares it. */
export interface MetricRelations {
  sumOf?: readonly string[] | undefined;
  projectionOf?: string | undefined;
}

/** A note a ledger shows: the metrics are ids, in the order the sentence names them. */
export type RelatedNote =
  /** `metric` adds up `parts`: its numbers are not compared with any one of theirs. */
  | { kind: 'sum'; metric: string; parts: string[] }
  /** `metric` projects `of`: an expectation, not a count, so not compared with its counts. */
  | { kind: 'projection'; metric: string; of: string };

/**
 * The notes a ledger of these metrics needs, in the ledger's order: a sum where the sum and at
 * least one of its parts are shown, a projection where both it and its count are.
 */
export function relatedNotes(shown: readonly string[], relationsOf: (metric: string) => MetricRelations): RelatedNote[] {
  const present = new Set(shown);
  const notes: RelatedNote[] = [];
  for (const metric of shown) {
    const { sumOf, projectionOf } = relationsOf(metric);
    if (sumOf?.some((part) => present.has(part))) notes.push({ kind: 'sum', metric, parts: [...sumOf] });
    if (projectionOf !== undefined && present.has(projectionOf)) notes.push({ kind: 'projection', metric, of: projectionOf });
  }
  return notes;
}
