import type { APIRoute, GetStaticPaths } from 'astro';
import { topicFiguresPaths } from '../../../data/routes/open-data.ts';
import { toCsv } from '../../../lib/figures/export.ts';

export const getStaticPaths = (() => topicFiguresPaths()) satisfies GetStaticPaths;

/** A topic's figures as CSV, the same rows as its figures.json. */
export const GET: APIRoute = ({ props }) => new Response(toCsv(props.rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
