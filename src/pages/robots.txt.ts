import type { APIRoute } from 'astro';
import { hasRecentNews } from '../data/routes/open-data.ts';
import { absoluteUrl, EDITORS_APP_PATH, NEWS_SITEMAP_PATH, SITEMAP_INDEX_PATH } from '../lib/site/urls.ts';

/**
 * Every page may be crawled but the editors' web app; the sitemaps say where they all are
 * (the news sitemap only when the last two days have articles: there is none otherwise).
 */
export const GET: APIRoute = async ({ site }) => {
  const news = await hasRecentNews();
  const text = [
    'User-agent: *',
    'Allow: /',
    `Disallow: ${EDITORS_APP_PATH}`,
    '',
    `Sitemap: ${absoluteUrl(SITEMAP_INDEX_PATH, site)}`,
    ...(news ? [`Sitemap: ${absoluteUrl(NEWS_SITEMAP_PATH, site)}`] : []),
    '',
  ];
  return new Response(text.join('\n'), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
