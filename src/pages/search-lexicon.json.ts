import type { APIRoute } from 'astro';
import { searchLexicon } from '../data/routes/open-data.ts';

/**
 * The entities and plurals, normalized, for the search page to mark an article's spelling of
 * what the reader typed another way. A few kilobytes, fetched only by the search page.
 */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await searchLexicon()), { headers: { 'Content-Type': 'application/json' } });
