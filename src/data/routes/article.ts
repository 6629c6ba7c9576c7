import { ownedOutlet } from '../../lib/content/ownership.ts';
import { changeLogView, type ChangeLogView } from '../../lib/history/change-log.ts';
import { mainTopicId } from '../../lib/listing/grouping.ts';
import { articlePath, claimantPath, claimPath } from '../../lib/site/urls.ts';
import { claimsOf, getCatalog, must, type Article, type Catalog } from '../catalog.ts';
import { historyOfFile } from '../history.ts';
import {
  articleLink,
  articleSummary,
  figureChain,
  metricLabel,
  sourceLink,
  topicLink,
  type ArticleSummary,
  type FigureView,
  type PageLink,
} from '../views.ts';
import { claimData, type ClaimData } from './claim.ts';
import { keyed, param, type RouteParams } from './keyed.ts';

/** A figure in the article's figures box, linked to its sentence in the text. */
export interface ArticleFigure extends FigureView {
  /** The id of the quoted sentence's anchor in the body. */
  anchor: string | undefined;
  /** Its permalink page. */
  claimPath: string;
}

/** Everything an article page shows. */
export interface ArticlePage {
  /** The article itself: its frontmatter and its rendered body. */
  entry: Article;
  path: string;
  /** The outlet; `ownership` names its kind of owner in a few Arabic words («وسيلة مملوكة للدولة»). */
  source: PageLink & { url?: string | undefined; unattributed: boolean; ownership?: string | undefined };
  topics: PageLink[];
  /** The article's main topic: it decides the newer and older links. */
  mainTopic: PageLink;
  newer: PageLink | undefined;
  older: PageLink | undefined;
  related: ArticleSummary[];
  figures: ArticleFigure[];
  /** Its figures as schema.org Claims. */
  claims: ClaimData[];
  /**
   * The digest of its index-only word forms, so search finds the article however a reader
   * spells its words: the index's builder adds the forms of that digest to the page as it
   * indexes it (scripts/build/search-extras-page.ts); readers never download them.
   */
  searchExtras: string;
  /** "3 دقائق". */
  readingTime: string;
  /** This site's changes to its record of the article, from the repository's history. */
  changeLog: ChangeLogView;
}

export function articlePage(entry: Article, catalog: Catalog): ArticlePage {
  const source = must(catalog.sources, entry.data.source.id);
  const { newer, older } = catalog.neighbours.get(entry.id) ?? {};
  const claims = claimsOf(entry);
  const analysis = must(catalog.analysis, entry.id);
  return {
    entry,
    path: articlePath(entry.id),
    source: {
      ...sourceLink(source),
      url: source.data.url,
      unattributed: source.data.unattributed,
      ownership: source.data.ownership?.kind && ownedOutlet(source.data.ownership.kind),
    },
    topics: entry.data.topics.map((topic) => topicLink(must(catalog.topics, topic.id))),
    mainTopic: topicLink(must(catalog.topics, mainTopicId(entry))),
    newer: newer && articleLink(newer),
    older: older && articleLink(older),
    related: (catalog.related.get(entry.id) ?? []).map((id) => articleSummary(must(catalog.articlesById, id), catalog)),
    figures: entry.data.figures.map((figure, i) => ({
      metric: metricLabel(figure.metric.id, catalog),
      value: figure.value,
      valueMax: figure.valueMax,
      qualifier: figure.qualifier,
      claimant: figure.claimant,
      claimantPath: figure.claimantId && claimantPath(figure.claimantId.id),
      asOf: figure.asOf,
      chain: figureChain(figure.via?.map((relay) => relay.id) ?? [], source, catalog),
      anchor: claims[i]!.anchor,
      claimPath: claimPath(claims[i]!.id),
    })),
    claims: claims.map((claim) => claimData(claim, catalog)),
    searchExtras: analysis.searchExtras,
    readingTime: analysis.readingTime,
    changeLog: changeLogView(catalog.history.available, historyOfFile(catalog.history, entry.filePath)),
  };
}

/** One page per article, keyed by everything it shows. */
export async function articlePaths() {
  const catalog = await getCatalog();
  return keyed(
    catalog.articles.map((entry) => ({ id: entry.id })),
    ({ id }) => articlePage(must(catalog.articlesById, id), catalog),
  );
}

/** What the article page of these route parameters shows. */
export async function articlePageAt(params: RouteParams): Promise<ArticlePage> {
  const catalog = await getCatalog();
  return articlePage(must(catalog.articlesById, param(params, 'id')), catalog);
}
