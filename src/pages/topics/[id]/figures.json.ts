import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog } from '../../../data/catalog.ts';
import { exportRows } from '../../../lib/figures/export.ts';

export const getStaticPaths = (async () => {
  const { topics, claimsByTopic } = await getCatalog();
  return [...topics.keys()].map((id) => ({ params: { id }, props: { claims: claimsByTopic.get(id) ?? [] } }));
}) satisfies GetStaticPaths;

/** A topic's figures as open data. */
export const GET: APIRoute = ({ props }) =>
  new Response(`${JSON.stringify(exportRows(props.claims), null, 1)}\n`, { headers: { 'Content-Type': 'application/json' } });
