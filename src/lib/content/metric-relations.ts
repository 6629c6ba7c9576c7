import type { Problem } from '../check/problem.ts';
import { fieldName } from '../check/messages.ts';
import type { Reference } from './references.ts';

/** A metric's relations as its file gives them: ids, or Astro's { id }. */
interface RelationData {
  sumOf?: unknown;
  projectionOf?: unknown;
}

const idOf = (value: unknown): string | undefined => {
  const id = value !== null && typeof value === 'object' ? (value as { id?: unknown }).id : value;
  return typeof id === 'string' && id !== '' ? id : undefined;
};

/** Every metric a metric's file names in its relations (sumOf, projectionOf), with where. */
export function metricReferences(data: unknown): Reference[] {
  const { sumOf, projectionOf } = (data ?? {}) as RelationData;
  const refs: Reference[] = [];
  if (Array.isArray(sumOf))
    sumOf.forEach((value, i) => {
      const id = idOf(value);
      if (id !== undefined) refs.push({ path: ['sumOf', i], id, collection: 'metrics' });
    });
  const projected = idOf(projectionOf);
  if (projected !== undefined) refs.push({ path: ['projectionOf'], id: projected, collection: 'metrics' });
  return refs;
}

/** A relation that cannot hold, as the check reports it, less the file and line. */
export type BadRelation = Pick<Problem, 'field' | 'en' | 'ar'> & { path: (string | number)[] };

/**
 * The rules of a metric's relations beyond their ids existing, in one place for the check
 * (src/lib/check/content.ts) and the build's guard (src/data/catalog.ts): a metric does not
 * add itself up or project itself, and adds each of its parts once. Only the file name knows
 * the metric's own id, which is why these are not in the schema.
 */
export function badRelations(id: string, data: unknown): BadRelation[] {
  const bad: BadRelation[] = [];
  const seen = new Set<string>();
  for (const ref of metricReferences(data)) {
    const field = fieldName(ref.path);
    if (ref.id === id && ref.path[0] === 'sumOf') {
      bad.push({
        path: ref.path,
        field,
        en: `"${id}" is not valid — a metric cannot add itself up: list the other metrics this one is the sum of`,
        ar: `«${id}» غير صالح — لا يجمع المقياس نفسه: اذكر المقاييس الأخرى التي يجمعها`,
      });
    } else if (ref.id === id) {
      bad.push({
        path: ref.path,
        field,
        en: `"${id}" is not valid — a metric cannot project itself: name the count it projects, or leave projectionOf out`,
        ar: `«${id}» غير صالح — لا يكون المقياس توقّعًا لنفسه: اذكر المقياس الذي يتوقّعه أو احذف projectionOf`,
      });
    } else if (ref.path[0] === 'sumOf' && seen.has(ref.id)) {
      bad.push({
        path: ref.path,
        field,
        en: `"${ref.id}" is not valid — list each metric of the sum once`,
        ar: `«${ref.id}» غير صالح — اذكر كل مقياس من المجموع مرة واحدة`,
      });
    }
    if (ref.path[0] === 'sumOf') seen.add(ref.id);
  }
  return bad;
}
