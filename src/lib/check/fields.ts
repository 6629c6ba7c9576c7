import { z } from 'astro/zod';
import { articleSchema } from '../content/schemas.ts';
import { nearestId } from '../content/nearest.ts';
import { arabicFor, describeIssue, fieldName } from './messages.ts';
import type { Problem } from './problem.ts';

/** The ids each kind of reference may name: the file names of the content folders. */
export type KnownIds = Record<'sources' | 'topics' | 'metrics' | 'entities', ReadonlySet<string>>;

const ARABIC_FOLDER: Record<keyof KnownIds, string> = {
  sources: 'المصادر',
  topics: 'المواضيع',
  metrics: 'المقاييس',
  entities: 'الجهات',
};

/** Plain validators for the shared schema: references stay ids, which are looked up below. */
const plainTools = {
  reference: (collection: keyof KnownIds) =>
    z
      .string({ error: `write the id of an entry of content/${collection}/` })
      .min(1, { error: `write the id of an entry of content/${collection}/` })
      .transform((id) => ({ id, collection })),
  image: () => z.string({ error: 'write the picture file name, next to the article (e.g. ./photo.jpg)' }),
};
const schema = articleSchema(plainTools);

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value: unknown = data;
  for (const part of path) value = value === null || typeof value !== 'object' ? undefined : (value as Record<PropertyKey, unknown>)[part];
  return value;
}

/**
 * Every problem in an article's frontmatter: the schema's, each at its line, then every
 * reference to an id that does not exist, with the known ids and the nearest one.
 */
export { valueAt };

export function checkArticleFields(
  file: string,
  data: unknown,
  lineOf: (path: readonly PropertyKey[]) => number,
  known: KnownIds,
): Problem[] {
  const problems: Problem[] = [];
  const result = schema.safeParse(data);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const field = fieldName(issue.path);
      const { kind, en } = describeIssue(issue, valueAt(data, issue.path));
      problems.push({ file, line: lineOf(issue.path), field, en, ar: arabicFor(field, kind) });
    }
  }
  const refer = (path: (string | number)[], id: unknown, folder: keyof KnownIds) => {
    if (typeof id !== 'string' || id === '' || known[folder].has(id)) return;
    const suggestion = nearestId(id, known[folder]);
    const list = [...known[folder]].sort().join(', ');
    problems.push({
      file,
      line: lineOf(path),
      field: fieldName(path),
      en: `"${id}" is not in content/${folder}/ — ${suggestion ? `did you mean "${suggestion}"? ` : ''}use one of: ${list}, or add content/${folder}/${id}.yaml`,
      ar: `«${id}» غير موجود في ${ARABIC_FOLDER[folder]} (content/${folder}/) — ${suggestion ? `هل تقصد «${suggestion}»؟ ` : ''}المعرّفات الموجودة: ${list}`,
    });
  };
  const raw = (data ?? {}) as Record<string, unknown>;
  refer(['source'], raw.source, 'sources');
  if (Array.isArray(raw.topics)) raw.topics.forEach((topic, i) => refer(['topics', i], topic, 'topics'));
  if (Array.isArray(raw.figures)) {
    raw.figures.forEach((figure, i) => {
      const f = (figure ?? {}) as Record<string, unknown>;
      refer(['figures', i, 'metric'], f.metric, 'metrics');
      refer(['figures', i, 'claimantId'], f.claimantId, 'entities');
    });
  }
  return problems;
}
