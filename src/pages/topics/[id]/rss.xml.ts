import type { APIRoute, GetStaticPaths } from 'astro';
import { feedResponse, topicFeedAt, topicFeedPaths } from '../../../data/routes/feeds.ts';

export const getStaticPaths = (() => topicFeedPaths()) satisfies GetStaticPaths;

/** A topic's feed. */
export const GET: APIRoute = async ({ site, params }) => feedResponse(site, await topicFeedAt(params));
