import type { APIRoute, GetStaticPaths } from 'astro';
import { feedResponse, topicFeedPaths, type Feed } from '../../../data/routes/feeds.ts';

export const getStaticPaths = (() => topicFeedPaths()) satisfies GetStaticPaths;

/** A topic's feed. */
export const GET: APIRoute = ({ site, props }) => feedResponse(site, props as Feed);
