import type { APIRoute } from 'astro';
import { newsEntries } from '../data/routes/open-data.ts';
import { newsSitemap } from '../lib/seo/news-sitemap.ts';
import { SITE } from '../site.ts';

/** Google News' sitemap of the articles published in the two days before the build. */
export const GET: APIRoute = async ({ site }) =>
  new Response(newsSitemap(await newsEntries(site), SITE.name, new Date()), { headers: { 'Content-Type': 'application/xml' } });
