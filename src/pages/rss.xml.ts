import type { APIRoute } from 'astro';
import { feedResponse, siteFeed } from '../data/routes/feeds.ts';

/** The whole site's feed: the newest articles from every outlet. */
export const GET: APIRoute = async ({ site }) => feedResponse(site, await siteFeed());
