import { readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { ENTITY_KINDS, articleSchema, entitySchema, metricSchema, sourceSchema, topicSchema } from '../../src/lib/content/schemas.ts';
import { SOURCE_KINDS } from '../../src/lib/content/source-kinds.ts';
import { QUALIFIERS } from '../../src/lib/figures/format.ts';

// The editors' guide must document every field the schema has, in both of its languages: a
// field added to the schema without a line in CONTRIBUTING.md fails here.
const guide = readFileSync('CONTRIBUTING.md', 'utf8');
const englishAt = guide.indexOf("# Editors' guide");
const sections = { Arabic: guide.slice(0, englishAt), English: guide.slice(englishAt) };

const id = () => z.string().transform((value) => ({ id: value, collection: '' }));
const article = articleSchema({ reference: id, image: () => z.string() });

interface Shaped {
  shape: Record<string, z.ZodType>;
}
const shapeOf = (schema: unknown): Record<string, z.ZodType> => {
  let current = schema as { unwrap?: () => unknown; def?: { innerType?: unknown; element?: unknown } } & Partial<Shaped>;
  // Through optional(), default() and array() to the object inside.
  for (let i = 0; i < 5 && !current.shape; i++) {
    current = (current.def?.innerType ?? current.def?.element ?? current.unwrap?.()) as typeof current;
  }
  return current.shape ?? {};
};

const articleShape = shapeOf(article);
const fields: string[] = [
  ...Object.keys(articleShape),
  ...Object.keys(shapeOf(articleShape.figures)).map((f) => `figures[].${f}`),
  ...Object.keys(shapeOf(articleShape.image)).map((f) => `image.${f}`),
  ...Object.keys(shapeOf(sourceSchema)),
  ...Object.keys(shapeOf(topicSchema({ reference: id }))),
  ...Object.keys(shapeOf(metricSchema({ reference: id }))),
  ...Object.keys(shapeOf(entitySchema)),
];

describe('CONTRIBUTING.md documents every schema field', () => {
  it('found the fields to look for', () => {
    expect(fields).toEqual(expect.arrayContaining(['title', 'figures[].quote', 'image.credit', 'latinName', 'parent', 'unit', 'names']));
    expect(englishAt).toBeGreaterThan(0);
  });

  for (const [language, text] of Object.entries(sections)) {
    it.each(fields)(`${language}: \`%s\``, (field) => {
      const short = field.split(/[.\]]/).at(-1)!;
      expect(text.includes(`\`${field}\``) || text.includes(`\`${short}\``), `${field} is not documented in the ${language} section`).toBe(
        true,
      );
    });
  }
});

describe('CONTRIBUTING.md lists every qualifier and kind the schema takes', () => {
  const values = [...QUALIFIERS, ...SOURCE_KINDS, ...ENTITY_KINDS];
  for (const [language, text] of Object.entries(sections)) {
    it.each(values)(`${language}: \`%s\``, (value) => {
      expect(text.includes(`\`${value}\``), `${value} is not in the ${language} section`).toBe(true);
    });
  }
});
