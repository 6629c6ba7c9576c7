import { readFileSync } from 'node:fs';
import { validateXML } from 'xmllint-wasm';

const SCHEMA_DIR = new URL('../fixtures/xml-schemas/', import.meta.url);
const schemaFile = (fileName: string) => ({ fileName, contents: readFileSync(new URL(fileName, SCHEMA_DIR), 'utf8') });

/**
 * The XML schemas our machine-readable files must satisfy (tests/fixtures/xml-schemas/README.md):
 * each a main schema and the files it imports, given to libxml2 (xmllint, as WebAssembly) so
 * nothing is fetched from the network.
 */
export const XML_SCHEMAS = {
  /** A sitemap index: sitemaps.org's protocol. */
  sitemapIndex: ['siteindex.xsd', 'sitemap.xsd'],
  /** A sitemap, with Google News' tags where it has them. */
  sitemap: ['news-sitemap.xsd', 'sitemap.xsd', 'sitemap-news.xsd'],
} as const;

/** Every way `xml` breaks the schema, as libxml2 words it ("file.xml:3: element url: …"); none when valid. */
export async function schemaErrors(fileName: string, xml: string, schema: keyof typeof XML_SCHEMAS): Promise<string[]> {
  const [main, ...imported] = XML_SCHEMAS[schema].map(schemaFile);
  const result = await validateXML({ xml: [{ fileName, contents: xml }], schema: [main!], preload: imported });
  return result.errors.map((error) => error.rawMessage);
}

/**
 * Whether `xml` is well-formed XML 1.0, as libxml2's parser reads it: each error as
 * "line n: message", none when it is. xmllint-wasm parses only to validate or to format, so
 * the document is formatted and the formatted copy thrown away.
 */
export async function wellFormednessErrors(fileName: string, xml: string): Promise<string[]> {
  const result = await validateXML({ xml: [{ fileName, contents: xml }], normalization: 'format' });
  if (result.valid) return [];
  // libxml2 follows each error with the line it is on and a caret: those have no position.
  const errors = result.errors.filter((error) => error.loc !== null);
  return errors.length > 0 ? errors.map((error) => `line ${error.loc!.lineNumber}: ${error.message}`) : [result.rawOutput.trim()];
}
