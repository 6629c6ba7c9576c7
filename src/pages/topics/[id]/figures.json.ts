import type { APIRoute, GetStaticPaths } from 'astro';
import { topicOpenDataAt, topicOpenDataPaths } from '../../../data/routes/open-data.ts';
import { jsonFile } from '../../../lib/figures/open-data-responses.ts';

export const getStaticPaths = (() => topicOpenDataPaths()) satisfies GetStaticPaths;

/** The index of a topic's open data: its columns and its month files. */
export const GET: APIRoute = async ({ params }) => jsonFile((await topicOpenDataAt(params)).index);
