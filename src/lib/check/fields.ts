import { z } from 'astro/zod';
import { articleSchema } from '../content/schemas.ts';
import { articleReferences, unknownReferences, type Collection, type KnownIds } from '../content/references.ts';
import { arabicFor, describeIssue, fieldName } from './messages.ts';
import type { Problem } from './problem.ts';

/** Plain validators for the shared schema: references stay ids, which are looked up below. */
const plainTools = {
  reference: (collection: Collection) =>
    z
      .string({ error: `write the id of an entry of content/${collection}/` })
      .min(1, { error: `write the id of an entry of content/${collection}/` })
      .transform((id) => ({ id, collection })),
  image: () => z.string({ error: 'write the picture file name, next to the article (e.g. ./photo.jpg)' }),
};
const schema = articleSchema(plainTools);

/** The value at a path of parsed YAML, or undefined. */
export function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value: unknown = data;
  for (const part of path) value = value === null || typeof value !== 'object' ? undefined : (value as Record<PropertyKey, unknown>)[part];
  return value;
}

export type { KnownIds };

/**
 * Every problem in an article's frontmatter: the schema's, each at its line, then every
 * reference to an id that does not exist, with the known ids and the nearest one.
 */
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
  for (const { path, field, en, ar } of unknownReferences(articleReferences(data), known))
    problems.push({ file, line: lineOf(path), field, en, ar });
  return problems;
}
