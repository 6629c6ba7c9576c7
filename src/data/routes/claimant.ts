import { getCatalog, must } from '../catalog.ts';
import { claimRow, type ClaimRow } from '../views.ts';
import { keyed } from './keyed.ts';

/** What a claimant's page shows: every figure it gave, by the date it refers to. */
export interface ClaimantPage {
  name: string;
  claims: ClaimRow[];
}

/** A page for each entity that gives figures. */
export async function claimantPaths() {
  const catalog = await getCatalog();
  return keyed(
    [...catalog.claimsByClaimant.entries()].map(([id, claims]) => {
      const inOrder = [...claims].sort((a, b) => a.when.localeCompare(b.when) || a.article.date.localeCompare(b.article.date));
      const props: ClaimantPage = { name: must(catalog.entities, id).data.name, claims: inOrder.map((claim) => claimRow(claim, catalog)) };
      return { params: { id }, props };
    }),
  );
}
