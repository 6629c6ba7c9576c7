import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import Validator from '@adobe/structured-data-validator';
import WebAutoExtractor from '@marbec/web-auto-extractor';

// schema.org's vocabulary, release 30.0, as schema.org publishes it (tests/fixtures/schema-org/README.md).
const vocabulary: unknown = JSON.parse(
  gunzipSync(readFileSync(new URL('../fixtures/schema-org/schemaorg-current-https.jsonld.gz', import.meta.url))).toString('utf8'),
);
const validator = new Validator(vocabulary);

interface Term {
  '@id': string;
  '@type': string | string[];
  'rdfs:subClassOf'?: { '@id': string } | { '@id': string }[];
  'schema:rangeIncludes'?: { '@id': string } | { '@id': string }[];
}
const ids = (value: { '@id': string } | { '@id': string }[] | undefined) =>
  [value ?? []].flat().map((ref) => ref['@id'].replace(/^schema:/, ''));
const terms = (vocabulary as { '@graph': Term[] })['@graph'];
const parents = new Map(
  terms.filter((t) => [t['@type']].flat().includes('rdfs:Class')).map((t) => [t['@id'].replace(/^schema:/, ''), ids(t['rdfs:subClassOf'])]),
);
const ranges = new Map(
  terms
    .filter((t) => [t['@type']].flat().includes('rdf:Property'))
    .map((t) => [t['@id'].replace(/^schema:/, ''), ids(t['schema:rangeIncludes'])]),
);

/** The type and every type it is a kind of. */
function lineage(type: string, seen = new Set<string>()): Set<string> {
  if (seen.has(type)) return seen;
  seen.add(type);
  for (const parent of parents.get(type) ?? []) lineage(parent, seen);
  return seen;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2}))?$/;
const NUMERIC = ['Number', 'Integer', 'Float'];

/**
 * Values against each property's expected types (schema.org's rangeIncludes), which Adobe's
 * validator leaves out: an item must be of an expected type or a kind of one, a number where a
 * number may stand, text where text may, and a date in ISO 8601 where only a date may.
 */
function rangeProblems(item: unknown, path: string): string[] {
  if (Array.isArray(item)) return item.flatMap((entry) => rangeProblems(entry, path));
  if (typeof item !== 'object' || item === null) return [];
  const problems: string[] = [];
  for (const [property, values] of Object.entries(item)) {
    if (property.startsWith('@')) continue;
    const expected = ranges.get(property);
    if (!expected) continue; // Not schema.org's: the validator above reports it.
    for (const value of [values].flat()) {
      const where = `${path} > ${property}`;
      if (typeof value === 'object' && value !== null && '@type' in value) {
        const type = String((value as { '@type': unknown })['@type']);
        const kinds = lineage(type);
        if (!expected.some((range) => kinds.has(range)))
          problems.push(`${where}: ${type} is none of the expected types (${expected.join(', ')})`);
        problems.push(...rangeProblems(value, `${where}`));
      } else if (typeof value === 'number') {
        if (!expected.some((range) => NUMERIC.includes(range) || range === 'Text'))
          problems.push(`${where}: a number where ${expected.join(', ')} is expected`);
      } else if (typeof value === 'string') {
        if (expected.every((range) => range === 'Date' || range === 'DateTime') && !ISO_DATE.test(value))
          problems.push(`${where}: "${value}" is not an ISO 8601 date`);
        // Text may name a thing (schema.org's conventions), never stand for a number or a yes/no.
        if (expected.every((range) => NUMERIC.includes(range) || range === 'Boolean'))
          problems.push(`${where}: text where ${expected.join(', ')} is expected`);
      }
    }
  }
  return problems;
}

/**
 * Every problem search engines would find in a page's structured data: JSON that does not
 * parse, a type or property schema.org does not define (or not for that type), and Google's
 * required fields for the types it has rules for (Organization, ImageObject…), as Adobe's
 * validator checks them, and each value against the types schema.org expects (rangeProblems).
 * Warnings count too: a page should give a crawler nothing to doubt.
 * Each as "Type > property: message".
 */
export async function structuredDataProblems(html: string): Promise<string[]> {
  const extracted = new WebAutoExtractor({ addLocation: false, embedSource: false }).parse(html);
  const items = Object.values(extracted.jsonld).flat();
  const ranged = items.flatMap((item) => rangeProblems(item, String((item as { '@type'?: unknown })['@type'])));
  const issues = (await validator.validate(extracted)) as {
    issueMessage: string;
    severity: string;
    path?: { type?: string; property?: string }[];
  }[];
  return [
    ...issues.map(
      ({ issueMessage, severity, path = [] }) =>
        `${path.map((step) => step.property ?? step.type).join(' > ')}: ${severity} ${issueMessage}`,
    ),
    ...ranged,
  ];
}

/** The JSON-LD items of a page, parsed as a crawler reads them. */
export function jsonLdItems(html: string): Record<string, unknown>[] {
  const extracted = new WebAutoExtractor({ addLocation: false, embedSource: false }).parse(html) as {
    jsonld: Record<string, Record<string, unknown>[]>;
  };
  return Object.values(extracted.jsonld).flat();
}
