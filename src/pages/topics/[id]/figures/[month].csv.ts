import type { APIRoute, GetStaticPaths } from 'astro';
import { topicFiguresMonthAt, topicFiguresMonthPaths } from '../../../../data/routes/open-data.ts';
import { csvFile } from '../../../../lib/figures/open-data-responses.ts';

export const getStaticPaths = (() => topicFiguresMonthPaths()) satisfies GetStaticPaths;

/** A topic's figures from the articles published in one month, as CSV: the same rows as its JSON. */
export const GET: APIRoute = async ({ params }) => csvFile(await topicFiguresMonthAt(params));
