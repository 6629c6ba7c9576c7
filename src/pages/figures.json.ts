import type { APIRoute } from 'astro';
import { getCatalog } from '../data/catalog.ts';
import { exportRows } from '../lib/figures/export.ts';

/** Every figure of the site as open data (columns documented in the README). */
export const GET: APIRoute = async () => {
  const { claims } = await getCatalog();
  return new Response(`${JSON.stringify(exportRows(claims), null, 1)}\n`, { headers: { 'Content-Type': 'application/json' } });
};
