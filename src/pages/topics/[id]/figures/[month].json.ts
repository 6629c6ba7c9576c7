import type { APIRoute, GetStaticPaths } from 'astro';
import { topicFiguresMonthAt, topicFiguresMonthPaths } from '../../../../data/routes/open-data.ts';
import { jsonFile } from '../../../../lib/figures/open-data-responses.ts';

export const getStaticPaths = (() => topicFiguresMonthPaths()) satisfies GetStaticPaths;

/** A topic's figures from the articles published in one month, as JSON. */
export const GET: APIRoute = async ({ params }) => jsonFile(await topicFiguresMonthAt(params));
