import { arabicNumberWords, MAX_NUMBER_WORDS } from '../../lib/arabic/number-to-words.ts';
import { sameClaimKey } from '../../lib/figures/claim-ids.ts';
import type { CitedClaim } from '../../lib/figures/citation.ts';
import { formatFigure } from '../../lib/figures/format.ts';
import type { Claim } from '../../lib/figures/ledger.ts';
import { claim as claimJsonLd } from '../../lib/seo/structured-data.ts';
import { absoluteUrl, articlePath, claimPath, metricDefinitionPath, quotePath } from '../../lib/site/urls.ts';
import { SITE } from '../../site.ts';
import { getCatalog, must, type Catalog } from '../catalog.ts';
import { figureHistoryOf, figureHistorySource } from '../figure-history.ts';
import type { FigureHistoryView } from '../../lib/history/figure-history-view.ts';
import { claimRow, sourceLink, type ClaimRow, type PageLink } from '../views.ts';
import { keyed, param, type RouteParams } from './keyed.ts';

/** Where else the same claim (claimant, metric, number) was reported. */
export interface Appearance {
  /** The article, linked to the sentence. */
  article: PageLink;
  source: PageLink;
  /** The article's date, YYYY-MM-DD. */
  date: string;
  /** Its own permalink. */
  claimPath: string;
  /** The earliest report of the claim. */
  first: boolean;
  /** This page's own appearance. */
  current: boolean;
}

/** How many appearances a claim's page lists: the first always, then the oldest. */
export const APPEARANCES_SHOWN = 50;

/** What structured data says of a claim, paths root-relative (see ClaimFacts in seo/structured-data.ts). */
export interface ClaimData {
  path: string;
  name: string;
  text: string;
  author: { type: 'Person' | 'Organization'; name: string } | undefined;
  appearance: { path: string; published: Date };
  firstAppearance: { path: string; published: Date };
}

const AUTHOR_TYPES = { person: 'Person', organisation: 'Organization', outlet: 'Organization' } as const;
const dayStart = (day: string) => new Date(`${day}T00:00:00Z`);

/** A claim for structured data: its author only when the claimant is an entity that is a person or an organisation. */
export function claimData(claim: Claim, catalog: Catalog): ClaimData {
  const metric = must(catalog.metrics, claim.metric).data;
  const entity = claim.claimantId === undefined ? undefined : must(catalog.entities, claim.claimantId).data;
  const type = entity && entity.kind !== 'place' ? AUTHOR_TYPES[entity.kind] : undefined;
  const first = reportsOf(claim, catalog)[0]!;
  return {
    path: claimPath(claim.id),
    name: `${metric.label}: ${formatFigure(claim, metric.unit)}`,
    text: claim.quote,
    author: type && { type, name: entity!.name },
    appearance: { path: quotePath(claim.article.id, claim.anchor), published: dayStart(claim.article.date) },
    firstAppearance: { path: quotePath(first.article.id, first.anchor), published: dayStart(first.article.date) },
  };
}

/** Whole numbers only: words for 1.5 would say another number than the digits beside them. */
const wordsFor = (n: number) => (Number.isInteger(n) && n <= MAX_NUMBER_WORDS ? arabicNumberWords(n) : undefined);

function numberInWords(value: number, valueMax: number | undefined): string | undefined {
  const low = wordsFor(value);
  if (valueMax === undefined) return low;
  const high = wordsFor(valueMax);
  return low && high && `من ${low} إلى ${high}`;
}

/** A claim's schema.org JSON-LD, its addresses made absolute with the site's. */
export function claimStructuredData(data: ClaimData, site: URL | undefined): Record<string, unknown> {
  const at = ({ path, published }: { path: string; published: Date }) => ({ url: absoluteUrl(path, site), published });
  return claimJsonLd({
    ...data,
    url: absoluteUrl(data.path, site),
    appearance: at(data.appearance),
    firstAppearance: at(data.firstAppearance),
  });
}

/** Every report of the same claim (sameClaimKey), oldest first: the catalog sorts each list once. */
const reportsOf = (claim: Claim, catalog: Catalog): Claim[] => catalog.appearances.get(sameClaimKey(claim)) ?? [claim];

/** Everything a claim's permalink page shows. */
export interface ClaimPage {
  id: string;
  path: string;
  /** The claim as the ledgers show it: number, claimant, date, outlet, article. */
  row: ClaimRow;
  /** The number in the article's words: "نحو 300 جندي". */
  figure: string;
  /** The number in Arabic words ("ثلاثمئة"; "من عشرة آلاف إلى اثني عشر ألفًا" for a range); none for a fraction. */
  inWords: string | undefined;
  /** What the metric counts, in a sentence, and its definition among the others. */
  definition: { counts: string; path: string };
  /** The sentence that states it. */
  quote: string;
  /** The article's date, YYYY-MM-DD. */
  published: string;
  /** Every report of the same claim, oldest first, cut to APPEARANCES_SHOWN. */
  appearances: Appearance[];
  /** How many reports there are in all. */
  appearanceCount: number;
  /** What "cite this" names but the permalink, which the page makes absolute with the site's address. */
  cited: Omit<CitedClaim, 'permalink'>;
  /** The same claim for structured data. */
  data: ClaimData;
  /** The figure's changes in this site's record, from the repository's history. */
  history: FigureHistoryView;
  /** The article's change log, which lists its other changes. */
  articleLog: string;
}

function appearancesOf(claim: Claim, catalog: Catalog): { shown: Appearance[]; count: number } {
  const all = reportsOf(claim, catalog);
  const first = all[0]!;
  const shown = all.slice(0, APPEARANCES_SHOWN);
  if (!shown.includes(claim)) shown.push(claim);
  return {
    count: all.length,
    shown: shown.map((other) => ({
      article: { path: quotePath(other.article.id, other.anchor), title: other.article.title },
      source: sourceLink(must(catalog.sources, other.article.source)),
      date: other.article.date,
      claimPath: claimPath(other.id),
      first: other === first,
      current: other === claim,
    })),
  };
}

function claimPage(claim: Claim, catalog: Catalog): Omit<ClaimPage, 'history'> {
  const id = claim.id;
  const metric = must(catalog.metrics, claim.metric).data;
  const outlet = must(catalog.sources, claim.article.source).data;
  const figure = formatFigure(claim, metric.unit);
  const { shown, count } = appearancesOf(claim, catalog);
  const path = claimPath(id);
  return {
    id,
    path,
    row: claimRow(claim, catalog),
    figure,
    inWords: numberInWords(claim.value, claim.valueMax),
    definition: { counts: metric.counts, path: metricDefinitionPath(claim.metric) },
    quote: claim.quote,
    published: claim.article.date,
    appearances: shown,
    appearanceCount: count,
    data: claimData(claim, catalog),
    articleLog: `${articlePath(claim.article.id)}#change-log`,
    cited: {
      claim: `${metric.label}: ${figure}`,
      claimant: claim.claimant,
      outlet: { name: outlet.name, latinName: outlet.latinName },
      title: claim.article.title,
      published: dayStart(claim.article.date),
      site: { name: SITE.name, latinName: SITE.latinName },
    },
  };
}

const claimAt = (params: RouteParams, catalog: Catalog): Claim => must(catalog.claimsById, param(params, 'id'));

/**
 * A permalink page for every figure of every article. Its key holds what its history is read
 * from (the article's commits), not the history itself, which is read only when the page renders.
 */
export async function claimPaths() {
  const catalog = await getCatalog();
  return keyed(
    [...catalog.claimsById.keys()].map((id) => ({ id })),
    (params) => {
      const claim = claimAt(params, catalog);
      return [claimPage(claim, catalog), figureHistorySource(claim, catalog)];
    },
  );
}

export async function claimPageAt(params: RouteParams): Promise<ClaimPage> {
  const catalog = await getCatalog();
  const claim = claimAt(params, catalog);
  return { ...claimPage(claim, catalog), history: await figureHistoryOf(claim, catalog) };
}
