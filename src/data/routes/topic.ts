import { currentRanges } from '../../lib/figures/current-range.ts';
import { buildLedger, latestClaims, type Claim, type MetricLedger } from '../../lib/figures/ledger.ts';
import { byMonth } from '../../lib/listing/grouping.ts';
import type { ListingPage } from '../../lib/listing/pagination.ts';
import { topicFeedPath, topicFiguresDataPath, topicTimelineMonthPath, topicTimelinePath } from '../../lib/site/urls.ts';
import { getCatalog, must, type Article, type Catalog, type Topic } from '../catalog.ts';
import { metricLines, relatedNoteViews, type MetricLines, type RelatedNoteView } from '../ledger-views.ts';
import {
  articleSummary,
  claimRow,
  metricLabel,
  topicLink,
  type ArticleSummary,
  type ClaimRow,
  type MetricLabel,
  type PageLink,
} from '../views.ts';
import { keyed, param, type RouteParams } from './keyed.ts';
import { listingAt, listingParams } from './listing-pages.ts';
import { topicCoverage, type TopicCoverage } from './topic-coverage.ts';

/** A topic as the home page and the topics page count it. */
export interface TopicCount extends PageLink {
  count: number;
}

/** A topic's heading: what it is, where it sits among topics, and its other views. */
export interface TopicHeader extends PageLink {
  description: string;
  parent: PageLink | undefined;
  children: PageLink[];
  timelinePath: string;
  feedPath: string;
  /** Its figures as open data, without the extension. */
  figuresDataPath: string;
}

/** One metric of a topic's ledger: the chart's data and the table's rows, oldest first. */
export interface LedgerSection extends MetricLines {
  metric: MetricLabel;
  chart: MetricLedger;
  rows: ClaimRow[];
  /** The metric's claims in the whole topic: more than `rows` when the page shows the latest only. */
  total: number;
}

/** Every topic with its number of articles, the most covered first, then by name. */
export function topicCounts(catalog: Catalog): TopicCount[] {
  return [...catalog.topics.values()]
    .map((topic) => ({ ...topicLink(topic), count: catalog.byTopic.get(topic.id)?.length ?? 0 }))
    .sort((a, b) => b.count - a.count || a.title.localeCompare(b.title, 'ar'));
}

function topicHeader(topic: Topic, catalog: Catalog): TopicHeader {
  const parent = topic.data.parent && must(catalog.topics, topic.data.parent.id);
  return {
    ...topicLink(topic),
    description: topic.data.description,
    parent: parent && topicLink(parent),
    children: [...catalog.topics.values()].filter((t) => t.data.parent?.id === topic.id).map(topicLink),
    timelinePath: topicTimelinePath(topic.id),
    feedPath: topicFeedPath(topic.id),
    figuresDataPath: topicFiguresDataPath(topic.id),
  };
}

/**
 * A topic's ledger: one section per metric, the metrics with the most claims first, each drawn
 * from its latest claims (LEDGER_WINDOW) so the page stays small however long the topic runs.
 */
export function topicLedger(claims: readonly Claim[], catalog: Catalog): LedgerSection[] {
  const { shown, totals } = latestClaims(claims);
  const ranges = currentRanges(claims);
  const order = [...totals.entries()].sort((a, b) => b[1] - a[1]).map(([metric]) => metric);
  return buildLedger(shown, order).map((chart) => ({
    metric: metricLabel(chart.metric, catalog),
    chart,
    rows: chart.claims.map((claim) => claimRow(claim, catalog)),
    total: totals.get(chart.metric) ?? chart.claims.length,
    ...metricLines(chart.metric, ranges, catalog),
  }));
}

/** The topics page. */
export async function topicsIndexPage() {
  return { topics: topicCounts(await getCatalog()) };
}

/** What a page of a topic's listing shows. */
export interface TopicListingPage {
  listing: ListingPage<ArticleSummary>;
  topic: TopicHeader;
  /** The topic's ledger of figures, on its first page only. */
  ledger: LedgerSection[];
  /** Who covers the topic, by outlets' countries and kinds of ownership, on its first page only. */
  coverage: TopicCoverage | undefined;
  /** What the ledger says of its related metrics (casualties add up killed and wounded…). */
  ledgerNotes: RelatedNoteView[];
}

/**
 * A topic's first page or one of its archive pages (see listing/pagination.ts); the first
 * shows the ledger of the topic's figures (the whole topic's claims: they are the topic's, not
 * one page's).
 */
export function topicListingPage(params: RouteParams, catalog: Catalog): TopicListingPage {
  const id = param(params, 'id');
  const listing = listingAt(catalog.byTopic.get(id) ?? [], params.page, catalog);
  const ledger = listing.kind === 'first' ? topicLedger(catalog.claimsByTopic.get(id) ?? [], catalog) : [];
  return {
    listing,
    topic: topicHeader(must(catalog.topics, id), catalog),
    ledger,
    ledgerNotes: relatedNoteViews(
      ledger.map((section) => section.chart.metric),
      catalog,
    ),
    coverage: listing.kind === 'first' ? topicCoverage(id, catalog) : undefined,
  };
}

export function topicListingPaths(catalog: Catalog) {
  const paths = [...catalog.topics.keys()].flatMap((id) => listingParams(catalog.byTopic.get(id)?.length ?? 0, { id }));
  return keyed(paths, (params) => topicListingPage(params, catalog));
}

export async function topicPaths() {
  return topicListingPaths(await getCatalog());
}

export async function topicListingPageAt(params: RouteParams): Promise<TopicListingPage> {
  return topicListingPage(params, await getCatalog());
}

/** A month of a topic's timeline, as the timeline lists it. */
export interface TimelineMonthLink {
  /** YYYY-MM. */
  month: string;
  count: number;
  path: string;
}

/** What a topic's timeline shows: the months it has articles in, by year, newest first. */
export interface TopicTimeline {
  topic: PageLink;
  years: { year: string; months: TimelineMonthLink[] }[];
}

/** What one month of a topic's timeline shows: its articles, newest first, and the months beside it. */
export interface TopicTimelineMonth {
  topic: PageLink;
  timelinePath: string;
  month: string;
  articles: ArticleSummary[];
  /** The months beside it, without their counts: a past month's page stays as it was when the month after it grows. */
  newer: MonthPath | undefined;
  older: MonthPath | undefined;
}

type MonthPath = Omit<TimelineMonthLink, 'count'>;

interface TopicMonths {
  months: { month: string; articles: Article[] }[];
  /** Each month's place in `months`: a month page finds its own without a scan. */
  indexOf: Map<string, number>;
}

const monthsOfList = new WeakMap<readonly Article[], TopicMonths>();

/**
 * A topic's articles by month, newest month first; grouped once a build for all its month
 * pages, which then find their month in constant time (a scan each was quadratic in months:
 * 3,300 of them at 100,000 generated articles).
 */
function topicMonthsOf(id: string, catalog: Catalog): TopicMonths {
  const list = catalog.byTopic.get(id) ?? [];
  let grouped = monthsOfList.get(list);
  if (!grouped) {
    const months = byMonth(list);
    monthsOfList.set(list, (grouped = { months, indexOf: new Map(months.map(({ month }, i) => [month, i])) }));
  }
  return grouped;
}

const topicMonths = (id: string, catalog: Catalog) => topicMonthsOf(id, catalog).months;

const monthPath = (id: string, month: string): MonthPath => ({ month, path: topicTimelineMonthPath(id, month) });

const monthLink = (id: string, { month, articles }: { month: string; articles: Article[] }): TimelineMonthLink => ({
  ...monthPath(id, month),
  count: articles.length,
});

/**
 * A topic's timeline: an index of its months, each month a page of its own, so no page holds
 * the whole topic (one page of every article was 3.9 MB for a topic at 10,000 articles) and a
 * past month's page stays as it was when newer articles arrive.
 */
function topicTimeline(params: RouteParams, catalog: Catalog): TopicTimeline {
  const id = param(params, 'id');
  const years: TopicTimeline['years'] = [];
  for (const month of topicMonths(id, catalog)) {
    const year = month.month.slice(0, 4);
    if (years.at(-1)?.year !== year) years.push({ year, months: [] });
    years.at(-1)!.months.push(monthLink(id, month));
  }
  return { topic: topicLink(must(catalog.topics, id)), years };
}

export async function topicTimelinePaths() {
  const catalog = await getCatalog();
  return keyed(
    [...catalog.topics.keys()].map((id) => ({ id })),
    (params) => topicTimeline(params, catalog),
  );
}

export async function topicTimelineAt(params: RouteParams): Promise<TopicTimeline> {
  return topicTimeline(params, await getCatalog());
}

export function topicTimelineMonth(params: RouteParams, catalog: Catalog): TopicTimelineMonth {
  const id = param(params, 'id');
  const { months, indexOf } = topicMonthsOf(id, catalog);
  const i = indexOf.get(String(params.month)) ?? -1;
  if (i < 0) throw new Error(`The topic "${id}" has no article in "${params.month}": only the months its getStaticPaths lists are built.`);
  const newer = months[i - 1];
  const older = months[i + 1];
  return {
    topic: topicLink(must(catalog.topics, id)),
    timelinePath: topicTimelinePath(id),
    month: months[i]!.month,
    articles: months[i]!.articles.map((article) => articleSummary(article, catalog)),
    newer: newer && monthPath(id, newer.month),
    older: older && monthPath(id, older.month),
  };
}

/** One page per month of each topic's timeline. */
export async function topicTimelineMonthPaths() {
  return timelineMonthPaths(await getCatalog());
}

export function timelineMonthPaths(catalog: Catalog) {
  const paths = [...catalog.topics.keys()].flatMap((id) => topicMonths(id, catalog).map(({ month }) => ({ id, month })));
  return keyed(paths, (params) => topicTimelineMonth(params, catalog));
}

export async function topicTimelineMonthAt(params: RouteParams): Promise<TopicTimelineMonth> {
  return topicTimelineMonth(params, await getCatalog());
}
