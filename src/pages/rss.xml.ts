import type { APIRoute } from 'astro';
import { getCatalog } from '../data/catalog.ts';
import { feedResponse } from '../data/feeds.ts';
import { SITE } from '../site.ts';

/** The whole site's feed: the newest articles from every outlet. */
export const GET: APIRoute = async ({ site }) => feedResponse(site, SITE.name, SITE.tagline, (await getCatalog()).articles);
