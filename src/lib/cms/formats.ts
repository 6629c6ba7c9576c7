/**
 * How the editors' web app reads and writes content files (registered as Decap CMS formats in
 * src/admin/main.ts): an article as YAML frontmatter and an MDX body, other entries as YAML.
 *
 * A file opened and saved unchanged is written back byte for byte: the YAML the file had is
 * carried with the entry (ORIGINAL), and only the fields the editor changed are set in it, so
 * the editors' comments and spelling of the rest stay. A body the editor changed is written as
 * MDX (markdownAsMdx), its «{» and «<» escaped. The file-name field (SLUG_FIELD) is never
 * written: the file's name is the slug.
 */
import { isMap, parseDocument, stringify } from 'yaml';
import { splitFrontmatter } from '../content/frontmatter.ts';
import { markdownAsMdx } from '../markdown/mdx-safe.ts';
import { UNKNOWN } from '../content/ownership.ts';
import { BODY_FIELD, CMS_COLLECTIONS, IMAGE_FIELD, SLUG_FIELD, type CmsField } from './config.ts';

/** Where an entry keeps the file it was read from: Decap keeps fields it has no widget for. */
export const ORIGINAL = '_file';

type EntryData = Record<string, unknown>;

interface OriginalFile {
  yaml: string;
  body?: string;
}

// As the editors write YAML: no line folding, «[a, b]» without inner spaces.
const YAML_OPTIONS = { lineWidth: 0, flowCollectionPadding: false } as const;

/** A form's empty answer: an optional field left blank, an empty list, an object of blanks. */
function isBlank(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') return Object.values(value as EntryData).every(isBlank);
  return false;
}

/** The entry without blanks, inside lists and objects too, as the schema expects optional fields: absent. */
function withoutBlanks(value: unknown): unknown {
  if (Array.isArray(value)) return value.filter((v) => !isBlank(v)).map(withoutBlanks);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as EntryData)
        .filter(([, v]) => !isBlank(v))
        .map(([k, v]) => [k, withoutBlanks(v)]),
    );
  }
  return value;
}

/** The form's fields, as far as their order goes: names, and the fields of lists and objects. */
type FieldOrder = readonly Pick<CmsField, 'name' | 'fields'>[];

/** A value with the keys of its objects, in lists and objects too, in the order of the form's fields; keys the form does not know last. */
function inFieldOrder(value: unknown, fields: FieldOrder | undefined): unknown {
  if (!fields) return value;
  if (Array.isArray(value)) return value.map((item) => inFieldOrder(item, fields));
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value as EntryData);
  const rank = (name: string) => {
    const i = fields.findIndex((f) => f.name === name);
    return i === -1 ? fields.length : i;
  };
  return Object.fromEntries(
    entries.sort(([a], [b]) => rank(a) - rank(b)).map(([name, v]) => [name, inFieldOrder(v, fields.find((f) => f.name === name)?.fields)]),
  );
}

/** The fields to write: none of the entry's own (its file, name and body), no blanks, in the form's order. */
function fieldsToWrite(data: EntryData, fields: FieldOrder): EntryData {
  const written = Object.fromEntries(
    Object.entries(data).filter(([name]) => name !== ORIGINAL && name !== SLUG_FIELD && name !== BODY_FIELD),
  );
  return inFieldOrder(withoutBlanks(written), fields) as EntryData;
}

const ARTICLE_FIELDS = CMS_COLLECTIONS.find((c) => c.name === 'articles')!.fields;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The YAML of `fields`: the original's, with only what changed set in it; or new. */
function yamlOf(fields: EntryData, original: string | undefined): string {
  if (original === undefined) return stringify(fields, YAML_OPTIONS);
  const doc = parseDocument(original);
  if (!isMap(doc.contents)) return stringify(fields, YAML_OPTIONS);
  const before = (doc.toJS() ?? {}) as EntryData;
  for (const key of Object.keys(before)) if (!(key in fields)) doc.delete(key);
  for (const [key, value] of Object.entries(fields)) if (!same(before[key], value)) doc.set(key, value);
  return doc.toString(YAML_OPTIONS);
}

function originalOf(data: EntryData): OriginalFile | undefined {
  const original = data[ORIGINAL];
  return typeof original === 'string' ? (JSON.parse(original) as OriginalFile) : undefined;
}

/** An article file as the form's data: its frontmatter's fields, its body, and the file itself. */
export function articleFromFile(text: string): EntryData {
  const split = splitFrontmatter(text);
  if ('gap' in split) return { [BODY_FIELD]: text };
  const fields = (parseDocument(split.yaml).toJS() ?? {}) as EntryData;
  const image = fields[IMAGE_FIELD];
  return {
    ...fields,
    // The form's list of at most one picture (config.ts).
    ...(image !== undefined && !Array.isArray(image) ? { [IMAGE_FIELD]: [image] } : {}),
    [BODY_FIELD]: split.body,
    [ORIGINAL]: JSON.stringify({ yaml: split.yaml, body: split.body }),
  };
}

/** The form's data as an article file: YAML frontmatter, then the body as MDX (a blank line between, unless the file had its own). */
export function articleToFile(data: EntryData): string {
  const original = originalOf(data);
  const body = typeof data[BODY_FIELD] === 'string' ? data[BODY_FIELD] : '';
  const mdx = original?.body === body ? body : `\n${markdownAsMdx(body)}`;
  const image = data[IMAGE_FIELD];
  const fields = fieldsToWrite({ ...data, [IMAGE_FIELD]: Array.isArray(image) ? image[0] : image }, ARTICLE_FIELDS);
  return `---\n${yamlOf(fields, original?.yaml)}---\n${mdx}`;
}

/**
 * An outlet's profile facts the form shows as objects, and what each is written as when the
 * editor leaves it blank: `unknown`, since no public page was found to state it (the form has
 * no way to write a word where it asks for fields). The unattributed entry has no profile.
 */
const BLANK_FACTS: Record<string, unknown> = { owner: UNKNOWN, funding: UNKNOWN, ownership: { kind: UNKNOWN } };

/** The form's data: an `unknown` owner or funding opens as blank fields. */
function unknownFactsAsBlank(fields: EntryData): EntryData {
  return Object.fromEntries(Object.entries(fields).filter(([name, value]) => !(name in BLANK_FACTS && value === UNKNOWN)));
}

/** The file's data: a named outlet's blank profile fact is written `unknown`; the form's order tells an outlet (it has an owner field). */
function blankFactsAsUnknown(data: EntryData, order: readonly string[]): EntryData {
  if (!order.includes('owner') || data.unattributed === true) return data;
  const facts = Object.entries(BLANK_FACTS).filter(([name]) => isBlank(data[name]));
  return { ...data, ...Object.fromEntries(facts) };
}

/** A YAML entry file (an outlet, topic, metric or entity) as the form's data. */
export function entryFromFile(text: string): EntryData {
  const fields = (parseDocument(text).toJS() ?? {}) as EntryData;
  return { ...unknownFactsAsBlank(fields), [ORIGINAL]: JSON.stringify({ yaml: text }) };
}

/**
 * The form's data as a YAML entry file (an outlet, topic, metric or entity), its fields in
 * `order`: the form's, as Decap passes it (one format serves four collections).
 */
export function entryToFile(data: EntryData, order: readonly string[] = []): string {
  return yamlOf(
    fieldsToWrite(
      blankFactsAsUnknown(data, order),
      order.map((name) => ({ name })),
    ),
    originalOf(data)?.yaml,
  );
}
