import type { APIRoute } from 'astro';
import { siteFigures } from '../data/routes/open-data.ts';

/** Every figure of the site as open data (columns documented in the README). */
export const GET: APIRoute = async () =>
  new Response(`${JSON.stringify(await siteFigures(), null, 1)}\n`, { headers: { 'Content-Type': 'application/json' } });
