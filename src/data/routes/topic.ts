import { buildLedger, latestClaims, type Claim, type MetricLedger } from '../../lib/figures/ledger.ts';
import { byMonth } from '../../lib/listing/grouping.ts';
import type { ListingPage } from '../../lib/listing/pagination.ts';
import { topicFeedPath, topicFiguresDataPath, topicTimelinePath } from '../../lib/site/urls.ts';
import { getCatalog, must, type Catalog, type Topic } from '../catalog.ts';
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
export interface LedgerSection {
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
  const order = [...totals.entries()].sort((a, b) => b[1] - a[1]).map(([metric]) => metric);
  return buildLedger(shown, order).map((chart) => ({
    metric: metricLabel(chart.metric, catalog),
    chart,
    rows: chart.claims.map((claim) => claimRow(claim, catalog)),
    total: totals.get(chart.metric) ?? chart.claims.length,
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
}

/**
 * A topic's first page or one of its archive pages (see listing/pagination.ts); the first
 * shows the ledger of the topic's figures (the whole topic's claims: they are the topic's, not
 * one page's).
 */
export function topicListingPage(params: RouteParams, catalog: Catalog): TopicListingPage {
  const id = param(params, 'id');
  const listing = listingAt(catalog.byTopic.get(id) ?? [], params.page, catalog);
  return {
    listing,
    topic: topicHeader(must(catalog.topics, id), catalog),
    ledger: listing.kind === 'first' ? topicLedger(catalog.claimsByTopic.get(id) ?? [], catalog) : [],
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

/** What a topic's timeline shows: its articles by month, newest first. */
export interface TopicTimeline {
  topic: PageLink;
  months: { month: string; articles: ArticleSummary[] }[];
}

function topicTimeline(params: RouteParams, catalog: Catalog): TopicTimeline {
  const id = param(params, 'id');
  return {
    topic: topicLink(must(catalog.topics, id)),
    months: byMonth(catalog.byTopic.get(id) ?? []).map(({ month, articles }) => ({
      month,
      articles: articles.map((article) => articleSummary(article, catalog)),
    })),
  };
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
