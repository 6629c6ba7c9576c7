import { latestClaims } from '../../lib/figures/ledger.ts';
import { FIGURES_DATA_PATH } from '../../lib/site/urls.ts';
import { getCatalog, must } from '../catalog.ts';
import { claimRow, type ClaimRow } from '../views.ts';
import { keyed } from './keyed.ts';

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

/** A page for each entity that gives figures. */
export async function claimantPaths() {
  const catalog = await getCatalog();
  return keyed(
    [...catalog.claimsByClaimant.entries()].map(([id, claims]) => {
      const { shown } = latestClaims(claims);
      const inOrder = shown.sort((a, b) => a.when.localeCompare(b.when) || a.article.date.localeCompare(b.article.date));
      const props: ClaimantPage = {
        name: must(catalog.entities, id).data.name,
        claims: inOrder.map((claim) => claimRow(claim, catalog)),
        total: claims.length,
        dataPath: FIGURES_DATA_PATH,
      };
      return { params: { id }, props };
    }),
  );
}
