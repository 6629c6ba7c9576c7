/** The least an entry needs to be placed in time. */
export interface Dated {
  id: string;
  data: { date: Date };
}

/** Newest first; entries of the same day keep a stable order by id, so builds are reproducible. */
export function newestFirst<T extends Dated>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => b.data.date.getTime() - a.data.date.getTime() || a.id.localeCompare(b.id));
}
