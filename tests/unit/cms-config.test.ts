import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { articleSchema, entitySchema, metricSchema, sourceSchema, topicSchema } from '../../src/lib/content/schemas.ts';
import { BODY_FIELD, CMS_COLLECTIONS, cmsConfig, COMMIT_MESSAGES, SLUG_FIELD, type CmsField } from '../../src/lib/cms/config.ts';

// The schemas with stand-ins for Astro's reference() and image(): a reference is marked with
// the collection it points to, so the test can check that the form's relation points there too.
const tools = {
  reference: (collection: string) => z.string().meta({ reference: collection }) as unknown as z.ZodType<{ id: string; collection: string }>,
  image: () => z.string(),
};
const SCHEMAS: Record<string, z.ZodObject> = {
  articles: articleSchema(tools) as unknown as z.ZodObject,
  sources: sourceSchema as unknown as z.ZodObject,
  topics: topicSchema(tools) as unknown as z.ZodObject,
  metrics: metricSchema(tools) as unknown as z.ZodObject,
  entities: entitySchema,
};

/** The object inside optional, default and array wrappers, if there is one. */
function objectIn(schema: z.ZodType): z.ZodObject | undefined {
  let inner: z.ZodType = schema;
  for (;;) {
    if (inner instanceof z.ZodObject) return inner;
    if (inner instanceof z.ZodOptional || inner instanceof z.ZodDefault) inner = inner.unwrap() as z.ZodType;
    else if (inner instanceof z.ZodArray) inner = inner.element as z.ZodType;
    else return undefined;
  }
}

/** The collection a reference points to, inside optional, default and array wrappers. */
function referenceIn(schema: z.ZodType): string | undefined {
  let inner: z.ZodType = schema;
  for (;;) {
    if (inner instanceof z.ZodOptional || inner instanceof z.ZodDefault) inner = inner.unwrap() as z.ZodType;
    else if (inner instanceof z.ZodArray) inner = inner.element as z.ZodType;
    else return inner.meta()?.reference as string | undefined;
  }
}

/** The enum values inside optional and default wrappers, if it is an enum. */
function enumIn(schema: z.ZodType): string[] | undefined {
  let inner: z.ZodType = schema;
  while (inner instanceof z.ZodOptional || inner instanceof z.ZodDefault) inner = inner.unwrap() as z.ZodType;
  return inner instanceof z.ZodEnum ? (inner.options as string[]) : undefined;
}

const acceptsNothing = (schema: z.ZodType) => schema.safeParse(undefined).success;

/** Every way the form's fields and the schema's disagree, as "collection.field: what". */
function disagreements(path: string, schema: z.ZodObject, fields: readonly CmsField[]): string[] {
  const problems: string[] = [];
  const byName = new Map(fields.map((f) => [f.name, f]));
  for (const [name, fieldSchema] of Object.entries(schema.shape) as [string, z.ZodType][]) {
    const field = byName.get(name);
    const at = `${path}.${name}`;
    if (!field) {
      problems.push(`${at}: in the schema, missing from the CMS`);
      continue;
    }
    const optional = field.required === false;
    if (optional !== acceptsNothing(fieldSchema) && !(field.default !== undefined && acceptsNothing(fieldSchema))) {
      problems.push(`${at}: required in ${optional ? 'the schema' : 'the CMS'} only`);
    }
    const values = enumIn(fieldSchema);
    if (values && JSON.stringify(field.options?.map((o) => o.value)) !== JSON.stringify(values)) {
      problems.push(
        `${at}: the CMS offers ${JSON.stringify(field.options?.map((o) => o.value))}, the schema takes ${JSON.stringify(values)}`,
      );
    }
    const reference = referenceIn(fieldSchema);
    if (reference !== (field.widget === 'relation' ? field.collection : undefined)) {
      problems.push(`${at}: the schema refers to ${reference ?? 'no collection'}, the CMS to ${field.collection ?? 'none'}`);
    }
    let outer: z.ZodType = fieldSchema;
    while (outer instanceof z.ZodOptional || outer instanceof z.ZodDefault) outer = outer.unwrap() as z.ZodType;
    const many = outer instanceof z.ZodArray;
    if (reference && many !== (field.multiple === true)) problems.push(`${at}: one reference or many, the CMS and the schema disagree`);
    const inner = objectIn(fieldSchema);
    if (inner) problems.push(...disagreements(at, inner, field.fields ?? []));
  }
  const allowed = new Set([...Object.keys(schema.shape), SLUG_FIELD, BODY_FIELD]);
  for (const field of fields) if (!allowed.has(field.name)) problems.push(`${path}.${field.name}: in the CMS, not in the schema`);
  return problems;
}

describe('the CMS configuration', () => {
  it('has a collection for each content folder the editors write', () => {
    expect(CMS_COLLECTIONS.map((c) => c.name)).toEqual(Object.keys(SCHEMAS));
    for (const c of CMS_COLLECTIONS) expect(c.folder).toBe(`content/${c.name}`);
  });

  it('offers every field of every schema, required where the schema requires it, with the schema’s choices', () => {
    const problems = CMS_COLLECTIONS.flatMap((c) => disagreements(c.name, SCHEMAS[c.name]!, c.fields));
    expect(problems).toEqual([]);
  });

  it('fails when a schema gains a field the CMS does not offer', () => {
    const grown = SCHEMAS.metrics!.extend({ source: z.string() });
    const metrics = CMS_COLLECTIONS.find((c) => c.name === 'metrics')!;
    expect(disagreements('metrics', grown, metrics.fields)).toEqual(['metrics.source: in the schema, missing from the CMS']);
    const topics = CMS_COLLECTIONS.find((c) => c.name === 'topics')!;
    const wrong = topics.fields.map((f) => (f.name === 'parent' ? { ...f, collection: 'sources' } : f));
    expect(disagreements('topics', SCHEMAS.topics!, wrong)).toEqual(['topics.parent: the schema refers to topics, the CMS to sources']);
    const optionalTitle = topics.fields.map((f) => (f.name === 'title' ? { ...f, required: false } : f));
    expect(disagreements('topics', SCHEMAS.topics!, optionalTitle)).toEqual(['topics.title: required in the schema only']);
  });

  it('asks for the file name first, and writes articles as MDX with their text as the body', () => {
    for (const c of CMS_COLLECTIONS) {
      expect(c.fields[0]!.name).toBe(SLUG_FIELD);
      expect(c.slug).toBe(`{{fields.${SLUG_FIELD}}}`);
    }
    const articles = CMS_COLLECTIONS[0]!;
    expect(articles).toMatchObject({ extension: 'mdx', format: 'mdx-frontmatter' });
    expect(articles.fields.at(-1)).toMatchObject({ name: BODY_FIELD, widget: 'markdown' });
  });

  it('labels every field in Arabic', () => {
    const labels = (fields: readonly CmsField[]): string[] => fields.flatMap((f) => [f.label, ...labels(f.fields ?? [])]);
    const latinOnly = CMS_COLLECTIONS.flatMap((c) => [c.label, ...labels(c.fields)]).filter((label) => !/[\u0600-\u06FF]/.test(label));
    expect(latinOnly).toEqual([]);
  });

  it('saves through GitHub when a repository is given, through the local decap-server otherwise, always by pull request', () => {
    expect(cmsConfig({ repo: 'owner/site', authBaseUrl: 'https://auth.example' }).backend).toEqual({
      name: 'github',
      repo: 'owner/site',
      branch: 'main',
      base_url: 'https://auth.example',
      commit_messages: COMMIT_MESSAGES,
    });
    // Readers see the commits' subjects in each article's change log: Arabic, in both backends.
    expect(cmsConfig({}).backend).toMatchObject({ commit_messages: { create: 'إضافة {{collection}} «{{slug}}»' } });
    expect(cmsConfig({}).backend).toMatchObject({ name: 'proxy', proxy_url: 'http://localhost:8081/api/v1' });
    expect(cmsConfig({}).publish_mode).toBe('editorial_workflow');
  });
});
