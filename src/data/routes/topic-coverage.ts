import { countryName } from '../../lib/arabic/display-names.ts';
import { noCoverageBy, ownershipLabel } from '../../lib/content/ownership.ts';
import { coverageOf, isCountryCode, UNATTRIBUTED, type Coverage } from '../../lib/listing/coverage.ts';
import { must, type Article, type Catalog } from '../catalog.ts';

/** One row of a coverage table, and one segment of its bar. */
export interface CoverageRow {
  label: string;
  count: number;
}

/** Who covers a topic, as its first page shows it: each split's rows, and what no outlet of a kind covered. */
export interface TopicCoverage {
  total: number;
  byCountry: CoverageRow[];
  byOwnership: CoverageRow[];
  /** «لم تغطه أي وسيلة مملوكة للدولة», one for each kind of ownership with no article. */
  missing: string[];
}

const UNATTRIBUTED_LABEL = 'مصدر غير مسمّى';

const countryLabel = (key: string) =>
  key === UNATTRIBUTED ? UNATTRIBUTED_LABEL : isCountryCode(key) ? countryName(key) : 'بلد المقر غير معروف';

const coverageOfList = new WeakMap<readonly Article[], Coverage>();

/**
 * A topic's coverage split, counted once a build per topic (its first page's key and its render
 * both ask for it), in one pass over its articles.
 */
export function topicCoverage(id: string, catalog: Catalog): TopicCoverage {
  const list = catalog.byTopic.get(id) ?? [];
  let coverage = coverageOfList.get(list);
  if (!coverage) {
    coverage = coverageOf(
      list,
      (article) => article.data.source.id,
      (source) => {
        const { country, ownership, unattributed } = must(catalog.sources, source).data;
        return { country, ownership: ownership?.kind, unattributed };
      },
    );
    coverageOfList.set(list, coverage);
  }
  return {
    total: coverage.total,
    byCountry: coverage.byCountry.map(({ key, count }) => ({ label: countryLabel(key), count })),
    byOwnership: coverage.byOwnership.map(({ key, count }) => ({
      label: key === UNATTRIBUTED ? UNATTRIBUTED_LABEL : ownershipLabel(key),
      count,
    })),
    missing: coverage.missing.map(noCoverageBy),
  };
}
