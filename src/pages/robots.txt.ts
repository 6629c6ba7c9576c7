import type { APIRoute } from 'astro';

/** Every page may be crawled; the sitemaps say where they all are. */
export const GET: APIRoute = ({ site }) => {
  const base = site ?? new URL('http://localhost:4321');
  const text = [
    'User-agent: *',
    'Allow: /',
    '',
    `Sitemap: ${new URL('/sitemap-index.xml', base).href}`,
    `Sitemap: ${new URL('/news-sitemap.xml', base).href}`,
    '',
  ];
  return new Response(text.join('\n'), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
