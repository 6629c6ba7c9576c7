import type { APIRoute, GetStaticPaths } from 'astro';
import { feedResponse, sourceFeedAt, sourceFeedPaths } from '../../../data/routes/feeds.ts';

export const getStaticPaths = (() => sourceFeedPaths()) satisfies GetStaticPaths;

/** An outlet's feed: what the site carried from it. */
export const GET: APIRoute = async ({ site, params }) => feedResponse(site, await sourceFeedAt(params));
