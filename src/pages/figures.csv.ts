import type { APIRoute } from 'astro';
import { siteFigures } from '../data/routes/open-data.ts';
import { toCsv } from '../lib/figures/export.ts';

/** Every figure of the site as CSV, the same rows as figures.json. */
export const GET: APIRoute = async () =>
  new Response(toCsv(await siteFigures()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
