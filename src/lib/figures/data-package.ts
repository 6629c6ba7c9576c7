import { EXPORT_FIELDS } from './export.ts';
import type { OpenDataIndex } from './open-data-months.ts';

/**
 * The licence of the data the editors compile (which figure, who claims it, when, where it was
 * read): Creative Commons Attribution 4.0, as Our World in Data publishes its data. The quoted
 * sentences and headlines remain their outlets'; they are quoted to attribute each number.
 */
export const DATA_LICENCE = {
  name: 'CC-BY-4.0',
  path: 'https://creativecommons.org/licenses/by/4.0/',
  title: 'Creative Commons Attribution 4.0 International',
} as const;

/** What a data package says of the site besides its files. */
export interface PackageFacts {
  /** The open data's page, absolute. */
  homepage: string;
  siteName: string;
  /** When the data was last built, as an ISO 8601 instant. */
  lastUpdated: string;
}

/**
 * The open data as a Frictionless Data Package (https://specs.frictionlessdata.io/data-package/,
 * profile tabular-data-package): one resource per month's CSV file, each described by the same
 * Table Schema (every column's name, type, description and constraints, from EXPORT_FIELDS),
 * the licence, and when it was built. Its paths are the month files' own, relative to the
 * package (it sits beside them in /figures/), so a downloaded folder still reads as a package.
 */
export function dataPackage(index: OpenDataIndex, facts: PackageFacts): Record<string, unknown> {
  const schema = { fields: EXPORT_FIELDS, primaryKey: 'id' };
  return {
    profile: 'tabular-data-package',
    name: 'arabic-news-figures',
    title: `${facts.siteName}: every figure the articles report, with who claims it`,
    description:
      'One row per number an article reports: what it counts, the number, who claims it, the date it refers to, the outlet and the sentence that states it. One file per month of publication.',
    homepage: facts.homepage,
    licenses: [DATA_LICENCE],
    created: facts.lastUpdated,
    resources: index.months.map(({ month, csv }) => ({
      name: `figures-${month}`,
      path: csv.slice(csv.lastIndexOf('/') + 1),
      profile: 'tabular-data-resource',
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      dialect: { delimiter: ',', lineTerminator: '\r\n', header: true },
      schema,
    })),
  };
}
