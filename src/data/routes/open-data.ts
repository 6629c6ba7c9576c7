import { dataPackage, DATA_LICENCE } from '../../lib/figures/data-package.ts';
import { exportRows, type ExportRow } from '../../lib/figures/export.ts';
import type { Claim } from '../../lib/figures/ledger.ts';
import { claimsByMonth, openDataIndex, type OpenDataIndex } from '../../lib/figures/open-data-months.ts';
import { recentNews, type NewsEntry } from '../../lib/seo/news-sitemap.ts';
import type { Lexicon } from '../../lib/search/extras.ts';
import { absoluteUrl, articlePath, FIGURES_DATA_PATH, FIGURES_PACKAGE_PATH, topicFiguresDataPath } from '../../lib/site/urls.ts';
import { SITE } from '../../site.ts';
import { getCatalog, must, type Catalog } from '../catalog.ts';
import { metricDefinitions, type MetricDefinition } from '../ledger-views.ts';
import { topicLink, type PageLink } from '../views.ts';
import { keyed, param, type RouteParams } from './keyed.ts';

/**
 * The moment the build measures "recent" from and dates its open data by, the same for every
 * page that asks (the news sitemap and robots.txt must agree on whether there is one).
 */
const BUILT_AT = new Date();

/** What an open-data page shows: whose figures, and the month files with their counts. */
export interface OpenDataPage {
  /** The topic whose figures these are; undefined for the whole site's. */
  topic: PageLink | undefined;
  index: OpenDataIndex;
  /** The same index for programs, as JSON. */
  indexPath: string;
  /** The Frictionless Data Package describing the month files' columns. */
  packagePath: string;
  licence: typeof DATA_LICENCE;
}

/** Where every open-data page points for the files' description and their licence. */
const aboutTheData = { packagePath: FIGURES_PACKAGE_PATH, licence: DATA_LICENCE };

/** The claims of one month of a list; a month the list has no claims in is an error. */
function monthRows(claims: readonly Claim[], params: RouteParams): ExportRow[] {
  const month = param(params, 'month');
  const inMonth = claimsByMonth(claims).get(month);
  if (!inMonth) throw new Error(`No figures were published in "${month}": only the months its getStaticPaths lists are built.`);
  return exportRows(inMonth);
}

/** The whole site's open data, and what each metric counts: the definitions ledgers link to. */
export type SiteOpenDataPage = OpenDataPage & { definitions: MetricDefinition[] };

/** The whole site's open-data page and index. */
export async function siteOpenData(): Promise<SiteOpenDataPage> {
  const catalog = await getCatalog();
  return {
    topic: undefined,
    index: openDataIndex(catalog.claims),
    indexPath: `${FIGURES_DATA_PATH}.json`,
    ...aboutTheData,
    definitions: metricDefinitions(catalog),
  };
}

/** The open data's index for programs: the months, the licence and when it was built. */
export async function siteOpenDataIndex() {
  return { ...(await siteOpenData()).index, license: DATA_LICENCE, lastUpdated: BUILT_AT.toISOString() };
}

/** The whole site's open data as a Frictionless Data Package (/figures/datapackage.json). */
export async function siteDataPackage(site: URL | undefined) {
  return dataPackage((await siteOpenData()).index, {
    homepage: absoluteUrl(`${FIGURES_DATA_PATH}/`, site),
    siteName: SITE.name,
    lastUpdated: BUILT_AT.toISOString(),
  });
}

/** One file per month of the whole site's figures. */
export async function siteFiguresMonthPaths() {
  const { claims } = await getCatalog();
  return keyed(
    [...claimsByMonth(claims).keys()].map((month) => ({ month })),
    (params) => monthRows(claims, params),
  );
}

export async function siteFiguresMonthAt(params: RouteParams): Promise<ExportRow[]> {
  return monthRows((await getCatalog()).claims, params);
}

const topicClaims = (id: string, catalog: Catalog): Claim[] => catalog.claimsByTopic.get(id) ?? [];

/** A topic's open data: always of a topic. */
export type TopicOpenDataPage = OpenDataPage & { topic: PageLink };

/** A topic's page and index list the site's month files that hold its figures, with their count. */
function topicOpenData(params: RouteParams, catalog: Catalog): TopicOpenDataPage {
  const id = param(params, 'id');
  return {
    topic: topicLink(must(catalog.topics, id)),
    index: openDataIndex(topicClaims(id, catalog), id),
    indexPath: `${topicFiguresDataPath(id)}.json`,
    ...aboutTheData,
  };
}

/** Each topic with figures: its open-data page and index. */
export async function topicOpenDataPaths() {
  const catalog = await getCatalog();
  return keyed(
    [...catalog.topics.keys()].filter((id) => topicClaims(id, catalog).length > 0).map((id) => ({ id })),
    (params) => topicOpenData(params, catalog),
  );
}

export async function topicOpenDataAt(params: RouteParams): Promise<TopicOpenDataPage> {
  return topicOpenData(params, await getCatalog());
}

/** The articles of the two days before the build, newest first: what Google News' sitemap lists. */
async function recentArticles() {
  return recentNews((await getCatalog()).articles, (article) => article.data.date, BUILT_AT);
}

/** Whether the site has a news sitemap: robots.txt names it, and its route has a page, only then. */
export async function hasRecentNews(): Promise<boolean> {
  return (await recentArticles()).length > 0;
}

/** Google News' sitemap's entries. */
export async function recentNewsEntries(site: URL | undefined): Promise<NewsEntry[]> {
  return (await recentArticles()).map((a) => ({ url: absoluteUrl(articlePath(a.id), site), title: a.data.title, date: a.data.date }));
}

/** The entities and plurals, normalized, for the search page. */
export async function searchLexicon(): Promise<Lexicon> {
  return (await getCatalog()).lexicon;
}
