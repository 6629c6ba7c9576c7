import type { APIRoute, GetStaticPaths } from 'astro';
import { siteFiguresMonthAt, siteFiguresMonthPaths } from '../../data/routes/open-data.ts';
import { csvFile } from '../../lib/figures/open-data-responses.ts';

export const getStaticPaths = (() => siteFiguresMonthPaths()) satisfies GetStaticPaths;

/** The figures of the articles published in one month, as CSV: the same rows as its JSON. */
export const GET: APIRoute = async ({ params }) => csvFile(await siteFiguresMonthAt(params));
