import type { APIRoute, GetStaticPaths } from 'astro';
import { feedResponse, sourceFeedPaths, type Feed } from '../../../data/routes/feeds.ts';

export const getStaticPaths = (() => sourceFeedPaths()) satisfies GetStaticPaths;

/** An outlet's feed: what the site carried from it. */
export const GET: APIRoute = ({ site, props }) => feedResponse(site, props as Feed);
