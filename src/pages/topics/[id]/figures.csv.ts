import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog } from '../../../data/catalog.ts';
import { exportRows, toCsv } from '../../../lib/figures/export.ts';

export const getStaticPaths = (async () => {
  const { topics, claimsByTopic } = await getCatalog();
  return [...topics.keys()].map((id) => ({ params: { id }, props: { claims: claimsByTopic.get(id) ?? [] } }));
}) satisfies GetStaticPaths;

/** A topic's figures as CSV, the same rows as its figures.json. */
export const GET: APIRoute = ({ props }) =>
  new Response(toCsv(exportRows(props.claims)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
