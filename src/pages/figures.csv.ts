import type { APIRoute } from 'astro';
import { getCatalog } from '../data/catalog.ts';
import { exportRows, toCsv } from '../lib/figures/export.ts';

/** Every figure of the site as CSV, the same rows as figures.json. */
export const GET: APIRoute = async () => {
  const { claims } = await getCatalog();
  return new Response(toCsv(exportRows(claims)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
