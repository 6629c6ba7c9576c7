import type { APIRoute, GetStaticPaths } from 'astro';
import { siteFiguresMonthAt, siteFiguresMonthPaths } from '../../data/routes/open-data.ts';
import { jsonFile } from '../../lib/figures/open-data-responses.ts';

export const getStaticPaths = (() => siteFiguresMonthPaths()) satisfies GetStaticPaths;

/** The figures of the articles published in one month, as JSON. */
export const GET: APIRoute = async ({ params }) => jsonFile(await siteFiguresMonthAt(params));
