import type { APIRoute, GetStaticPaths } from 'astro';
import { topicFiguresPaths } from '../../../data/routes/open-data.ts';

export const getStaticPaths = (() => topicFiguresPaths()) satisfies GetStaticPaths;

/** A topic's figures as open data. */
export const GET: APIRoute = ({ props }) =>
  new Response(`${JSON.stringify(props.rows, null, 1)}\n`, { headers: { 'Content-Type': 'application/json' } });
