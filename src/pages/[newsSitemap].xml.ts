import type { APIRoute, GetStaticPaths } from 'astro';
import { hasRecentNews, recentNewsEntries } from '../data/routes/open-data.ts';
import { newsSitemap } from '../lib/seo/news-sitemap.ts';
import { NEWS_SITEMAP_PATH } from '../lib/site/urls.ts';
import { SITE } from '../site.ts';

/**
 * Google News' sitemap (/news-sitemap.xml) of the articles published in the two days before
 * the build, when there are any: a route with one path or none, since an empty sitemap is
 * invalid (src/lib/seo/news-sitemap.ts).
 */
export const getStaticPaths = (async () =>
  (await hasRecentNews()) ? [{ params: { newsSitemap: NEWS_SITEMAP_PATH.slice(1, -'.xml'.length) } }] : []) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ site }) =>
  new Response(newsSitemap(await recentNewsEntries(site), SITE.name), { headers: { 'Content-Type': 'application/xml' } });
