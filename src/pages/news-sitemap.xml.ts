import type { APIRoute } from 'astro';
import { getCatalog } from '../data/catalog.ts';
import { newsSitemap } from '../lib/seo/news-sitemap.ts';
import { SITE } from '../site.ts';

/** Google News' sitemap of the articles published in the two days before the build. */
export const GET: APIRoute = async ({ site }) => {
  const { articles } = await getCatalog();
  const base = site ?? new URL('http://localhost:4321');
  const entries = articles.map((a) => ({ url: new URL(`/articles/${a.id}/`, base).href, title: a.data.title, date: a.data.date }));
  return new Response(newsSitemap(entries, SITE.name, new Date()), { headers: { 'Content-Type': 'application/xml' } });
};
