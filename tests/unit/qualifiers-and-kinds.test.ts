import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { arabicFor } from '../../src/lib/check/messages.ts';
import { ENTITY_KINDS, articleSchema, entitySchema, sourceSchema } from '../../src/lib/content/schemas.ts';
import { SOURCE_KINDS, SOURCE_KIND_LABELS } from '../../src/lib/content/source-kinds.ts';
import { QUALIFIERS } from '../../src/lib/figures/format.ts';
import { articleTemplate } from '../../scripts/editor/article-template.ts';

// Qualifiers and kinds are listed once (src/lib/figures/format.ts, src/lib/content/source-kinds.ts,
// ENTITY_KINDS in schemas.ts); everything that names them reads that list.
const id = () => z.string().transform((value) => ({ id: value, collection: '' }));
const figure = articleSchema({ reference: id, image: () => z.string() }).safeParse;
const article = (qualifier: string) =>
  figure({
    title: 'أ',
    summary: 'ب',
    date: '2025-01-01',
    source: 's',
    topics: ['t'],
    figures: [{ metric: 'm', value: 1, qualifier, claimant: 'ج', quote: 'د' }],
  });

describe('one list of qualifiers', () => {
  it.each(QUALIFIERS)('the schema accepts %s', (qualifier) => {
    expect(article(qualifier).success).toBe(true);
  });

  it('the schema refuses any other, listing them all; the Arabic message and the template list them too', () => {
    expect(article('roughly').error?.issues[0]?.message).toBe(`use one of: ${QUALIFIERS.join(', ')}`);
    expect(arabicFor('figures[0].qualifier', 'invalid')).toContain(QUALIFIERS.join(' أو '));
    expect(articleTemplate({ date: '2025-01-01', source: 's', topics: ['t'] })).toContain(`qualifier (${QUALIFIERS.join(', ')})`);
  });
});

describe('one list of source and entity kinds', () => {
  const source = (kind: string) =>
    sourceSchema.safeParse({
      name: 'أ',
      latinName: 'A',
      country: 'unknown',
      kind,
      owner: 'unknown',
      ownership: { kind: 'unknown' },
      funding: 'unknown',
    });
  const entity = (kind: string) => entitySchema.safeParse({ name: 'أ', kind, names: ['A'] });

  it('every kind of outlet has its Arabic label, and the schema takes exactly those', () => {
    expect(SOURCE_KINDS).toEqual(Object.keys(SOURCE_KIND_LABELS));
    for (const kind of SOURCE_KINDS) expect(source(kind).success).toBe(true);
    expect(source('blog').error?.issues[0]?.message).toBe(`use one of: ${SOURCE_KINDS.join(', ')}`);
  });

  it('the entity schema takes exactly its kinds', () => {
    for (const kind of ENTITY_KINDS) expect(entity(kind).success).toBe(true);
    expect(entity('country').error?.issues[0]?.message).toBe(`use one of: ${ENTITY_KINDS.join(', ')}`);
  });
});
