import { latestClaims } from '../../lib/figures/ledger.ts';
import { FIGURES_DATA_PATH } from '../../lib/site/urls.ts';
import { getCatalog, must, type Catalog } from '../catalog.ts';
import { claimRow, type ClaimRow } from '../views.ts';
import { keyed, param, type RouteParams } from './keyed.ts';

/**
 * What a claimant's page shows: the figures it gave, by the date they refer to; the latest of
 * each metric only (LEDGER_WINDOW) when it gave more, all of them being in the open data.
 */
export interface ClaimantPage {
  name: string;
  claims: ClaimRow[];
  /** How many figures it gave in all: more than `claims` when the page shows the latest only. */
  total: number;
  /** The open data with every figure, without the extension. */
  dataPath: string;
}

function claimantPage(params: RouteParams, catalog: Catalog): ClaimantPage {
  const id = param(params, 'id');
  const claims = catalog.claimsByClaimant.get(id) ?? [];
  const { shown } = latestClaims(claims);
  const inOrder = shown.sort((a, b) => a.when.localeCompare(b.when) || a.article.date.localeCompare(b.article.date));
  return {
    name: must(catalog.entities, id).data.name,
    claims: inOrder.map((claim) => claimRow(claim, catalog)),
    total: claims.length,
    dataPath: FIGURES_DATA_PATH,
  };
}

/** A page for each entity that gives figures. */
export async function claimantPaths() {
  const catalog = await getCatalog();
  return keyed(
    [...catalog.claimsByClaimant.keys()].map((id) => ({ id })),
    (params) => claimantPage(params, catalog),
  );
}

export async function claimantPageAt(params: RouteParams): Promise<ClaimantPage> {
  return claimantPage(params, await getCatalog());
}
