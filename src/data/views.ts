import type { Qualifier } from '../lib/figures/format.ts';
import type { Claim } from '../lib/figures/ledger.ts';
import { relayChain, type RelayChain } from '../lib/figures/relay-chain.ts';
import { articlePath, claimantPath, claimPath, quotePath, sourcePath, topicPath } from '../lib/site/urls.ts';
import { must, type Article, type Catalog, type Source, type Topic } from './catalog.ts';

/*
 * What pages and components show, as plain data: the route functions in src/data/routes/
 * build these from the catalog, and components only render them. Each holds exactly what is
 * shown, so a page's key (a hash of its data) changes when, and only when, its page would.
 */

/** A link to a page: where it is and what it is called. */
export interface PageLink {
  path: string;
  title: string;
}

/** An article as listings, timelines and related coverage show it. */
export interface ArticleSummary {
  path: string;
  title: string;
  summary: string;
  date: Date;
  /** The outlet: its page and its name. */
  source: PageLink;
}

/** What a metric is called and counted in. */
export interface MetricLabel {
  label: string;
  unit: string;
}

/** A number as a figures table shows it: what it counts, how much, and who says so. */
export interface FigureView {
  metric: MetricLabel;
  value: number;
  valueMax?: number | undefined;
  qualifier: Qualifier;
  claimant: string;
  /** The claimant's page, when the claimant is an entity. */
  claimantPath?: string | undefined;
  /** The day or month the number refers to, when not the article's date. */
  asOf?: string | undefined;
  /** Who relayed it to the outlet, and the outlet, when the article names relays (`via`). */
  chain?: RelayChain | undefined;
}

/** One claim in a ledger or a claimant's table: the figure, when, and the article it is from. */
export interface ClaimRow extends FigureView {
  /** Its permalink page. */
  claimPath: string;
  /** The day or month the number refers to (YYYY-MM[-DD]). */
  when: string;
  source: PageLink;
  /** The article, linked to the sentence that states the number. */
  article: PageLink;
}

export const sourceLink = (source: Source): PageLink => ({ path: sourcePath(source.id), title: source.data.name });

export const topicLink = (topic: Topic): PageLink => ({ path: topicPath(topic.id), title: topic.data.title });

/** What an outlet's page and feed say it is: its own description, or «مقالات <name>». */
export const sourceDescription = (source: Source['data']): string => source.description ?? `مقالات ${source.name}`;

export const articleLink = (article: Article): PageLink => ({ path: articlePath(article.id), title: article.data.title });

export function articleSummary(article: Article, catalog: Catalog): ArticleSummary {
  return {
    path: articlePath(article.id),
    title: article.data.title,
    summary: article.data.summary,
    date: article.data.date,
    source: sourceLink(must(catalog.sources, article.data.source.id)),
  };
}

export function metricLabel(id: string, catalog: Catalog): MetricLabel {
  const { label, unit } = must(catalog.metrics, id).data;
  return { label, unit };
}

/** A figure's relay chain, its relays named as the site writes them, ending at the outlet. */
export function figureChain(via: readonly string[], outlet: Source, catalog: Catalog): RelayChain | undefined {
  return relayChain(via, (id) => must(catalog.entities, id).data.name, outlet.data.name);
}

export function claimRow(claim: Claim, catalog: Catalog): ClaimRow {
  const source = must(catalog.sources, claim.article.source);
  return {
    claimPath: claimPath(claim.id),
    metric: metricLabel(claim.metric, catalog),
    value: claim.value,
    valueMax: claim.valueMax,
    qualifier: claim.qualifier,
    claimant: claim.claimant,
    claimantPath: claim.claimantId === undefined ? undefined : claimantPath(claim.claimantId),
    asOf: claim.asOf,
    chain: figureChain(claim.via, source, catalog),
    when: claim.when,
    source: sourceLink(source),
    article: { path: quotePath(claim.article.id, claim.anchor), title: claim.article.title },
  };
}
