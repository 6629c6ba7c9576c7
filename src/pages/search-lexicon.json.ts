import type { APIRoute } from 'astro';
import { getCatalog } from '../data/catalog.ts';

/**
 * The entities and plurals, normalized, for the search page to mark an article's spelling of
 * what the reader typed another way. A few kilobytes, fetched only by the search page.
 */
export const GET: APIRoute = async () => {
  const { lexicon } = await getCatalog();
  return new Response(JSON.stringify(lexicon), { headers: { 'Content-Type': 'application/json' } });
};
