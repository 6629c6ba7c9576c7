import { getCollection, type CollectionEntry } from 'astro:content';
import { analyseArticles, type ArticleAnalysis } from './analysis.ts';
import { groupArticles, mainTopicNeighbours, pushTo } from '../lib/listing/grouping.ts';
import { isoDay } from '../lib/arabic/dates.ts';
import { claimIds, oldestReportFirst, sameClaimKey } from '../lib/figures/claim-ids.ts';
import { quoteAnchors } from '../lib/figures/quote-anchors.ts';
import type { Claim } from '../lib/figures/ledger.ts';
import { brokenMetricRelations, brokenParents, brokenReferences, formatProblems } from '../lib/content/references.ts';
import { relatedArticles } from '../lib/listing/related.ts';
import { buildLexicon, type Lexicon } from '../lib/search/extras.ts';
import { newestFirst } from '../lib/listing/sort.ts';
import { contentFolder, ownAnalysesDir, searchExtrasDir } from '../lib/site/build-folders.ts';
import { loadContentHistory, type ContentHistory } from './history.ts';

export type Article = CollectionEntry<'articles'>;
export type Source = CollectionEntry<'sources'>;
export type Topic = CollectionEntry<'topics'>;
export type Metric = CollectionEntry<'metrics'>;
export type Entity = CollectionEntry<'entities'>;

/** Everything the pages list, loaded, sorted and grouped once per build. */
export interface Catalog {
  /** All articles, newest first. */
  articles: Article[];
  /** All articles by id. */
  articlesById: Map<string, Article>;
  sources: Map<string, Source>;
  topics: Map<string, Topic>;
  metrics: Map<string, Metric>;
  entities: Map<string, Entity>;
  /** Articles of each topic id, newest first. */
  byTopic: Map<string, Article[]>;
  /** Articles of each source id, newest first. */
  bySource: Map<string, Article[]>;
  /** Entities and plurals, normalized for search. */
  lexicon: Lexicon;
  /** What each article's text gives the pages (reading time, search forms file), by article id. */
  analysis: Map<string, ArticleAnalysis>;
  /** Every figure of every article as a claim, newest article first. */
  claims: Claim[];
  /** Every claim by its id (claim-ids.ts): its permalink page. */
  claimsById: Map<string, Claim>;
  /** Every appearance of each claim (sameClaimKey: claimant, metric, number), oldest report first. */
  appearances: Map<string, Claim[]>;
  /** Claims by claimant entity id. */
  claimsByClaimant: Map<string, Claim[]>;
  /** Claims of each topic's articles, by topic id. */
  claimsByTopic: Map<string, Claim[]>;
  /** Up to five related article ids for each article: the same story from other outlets first. */
  related: Map<string, string[]>;
  /** Each article's newer and older neighbours in its main topic, by article id. */
  neighbours: Map<string, { newer: Article | undefined; older: Article | undefined }>;
  /** Each article file's commits, from one `git log` of the articles folder (history.ts). */
  history: ContentHistory;
}

const NO_RELAYS: readonly string[] = [];

/** The permanent id of each of an article's figures, in order (figures/claim-ids.ts). */
export const articleClaimIds = (article: Article): string[] =>
  claimIds(
    article.id,
    article.data.figures.map((figure) => ({ metric: figure.metric.id, claimant: figure.claimant })),
  );

/** An article's figures as claims, each with its id and the anchor of its quoted sentence. */
export function claimsOf(article: Article): Claim[] {
  const anchors = quoteAnchors(article.data.figures);
  const ids = articleClaimIds(article);
  const date = isoDay(article.data.date);
  const topics = article.data.topics.map((topic) => topic.id);
  return article.data.figures.map((figure, i) => ({
    id: ids[i]!,
    metric: figure.metric.id,
    value: figure.value,
    valueMax: figure.valueMax,
    qualifier: figure.qualifier,
    claimant: figure.claimant,
    claimantId: figure.claimantId?.id,
    via: figure.via?.map((relay) => relay.id) ?? NO_RELAYS,
    when: figure.asOf ?? date,
    asOf: figure.asOf,
    quote: figure.quote,
    anchor: anchors[i],
    article: { id: article.id, title: article.data.title, date, source: article.data.source.id, topics },
  }));
}

const byId = <T extends { id: string }>(entries: T[]) => new Map(entries.map((entry) => [entry.id, entry]));

async function loadCatalog(): Promise<Catalog> {
  // One git process for the whole folder, read while the collections load and are analysed.
  const history = loadContentHistory(`${contentFolder()}/articles`);
  const [articles, sources, topics, metrics, entities, plurals] = await Promise.all([
    getCollection('articles'),
    getCollection('sources'),
    getCollection('topics'),
    getCollection('metrics'),
    getCollection('entities'),
    getCollection('plurals'),
  ]);
  const known = {
    sources: new Set(sources.map((s) => s.id)),
    topics: new Set(topics.map((t) => t.id)),
    metrics: new Set(metrics.map((m) => m.id)),
    entities: new Set(entities.map((e) => e.id)),
  };
  const problems = [
    ...brokenReferences(articles, known),
    ...brokenParents(topics, known.topics),
    ...brokenMetricRelations(metrics, known.metrics),
  ];
  if (problems.length > 0) {
    throw new Error(`Content refers to entries that do not exist:\n${formatProblems(problems)}`);
  }
  const sorted = newestFirst(articles);
  // One pass: each article's claims go to the whole site, their ids, their appearances, their
  // claimants and their topics.
  const claims: Claim[] = [];
  const claimsById = new Map<string, Claim>();
  const appearances = new Map<string, Claim[]>();
  const claimsByClaimant = new Map<string, Claim[]>();
  const claimsByTopic = new Map<string, Claim[]>();
  for (const article of sorted) {
    for (const claim of claimsOf(article)) {
      claims.push(claim);
      const taken = claimsById.get(claim.id);
      // 64 bits make this all but impossible; were it to happen, two claims must not share a page.
      if (taken)
        throw new Error(`Two claims have the id ${claim.id}: in ${taken.article.id} and ${claim.article.id}. Rename one of the articles.`);
      claimsById.set(claim.id, claim);
      pushTo(appearances, sameClaimKey(claim), claim);
      if (claim.claimantId !== undefined) pushTo(claimsByClaimant, claim.claimantId, claim);
      for (const topic of article.data.topics) pushTo(claimsByTopic, topic.id, claim);
    }
  }
  // Sorted once each, so a claim's page finds its first report at the head of its list.
  for (const reports of appearances.values()) reports.sort(oldestReportFirst);
  const lexicon = buildLexicon(
    entities.map((e) => e.data),
    plurals.map((p) => [p.id, ...p.data]),
  );
  const { pages: analysis, links } = await analyseArticles(sorted, lexicon, {
    searchExtras: searchExtrasDir(),
    ownAnalyses: ownAnalysesDir(),
  });
  const related = relatedArticles(
    sorted.map((article) => {
      const { keywords, named } = links.get(article.id)!;
      return {
        id: article.id,
        time: article.data.date.getTime(),
        source: article.data.source.id,
        topics: article.data.topics.map((t) => t.id),
        entities: named.map((index) => entities[index]!.id),
        keywords,
      };
    }),
  );
  const groups = groupArticles(sorted);
  const neighbours = mainTopicNeighbours(groups.byTopic);
  const articlesById = byId(sorted);
  return {
    related,
    neighbours,
    claims,
    claimsById,
    appearances,
    claimsByClaimant,
    claimsByTopic,
    articles: sorted,
    articlesById,
    sources: byId(sources),
    topics: byId(topics),
    metrics: byId(metrics),
    entities: byId(entities),
    ...groups,
    lexicon,
    analysis,
    history: await history,
  };
}

let cached: Promise<Catalog> | undefined;

/**
 * The catalog, built on first use and shared by every page of a build: calling
 * getCollection per page is what makes large Astro sites slow. The dev server reloads
 * content while it runs, so there it is rebuilt on every call.
 */
export function getCatalog(): Promise<Catalog> {
  if (import.meta.env.DEV) return loadCatalog();
  cached ??= loadCatalog();
  return cached;
}

/** Looks up an entry that the schema's reference() already proved exists. */
export function must<T>(map: Map<string, T>, id: string): T {
  const entry = map.get(id);
  if (entry === undefined) throw new Error(`No entry "${id}": content references an id that does not exist`);
  return entry;
}
