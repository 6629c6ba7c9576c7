import type { APIRoute } from 'astro';
import { siteOpenDataIndex } from '../data/routes/open-data.ts';
import { jsonFile } from '../lib/figures/open-data-responses.ts';

/** The index of the whole site's open data: its columns, its month files, its licence and when it was built (README: Open data). */
export const GET: APIRoute = async () => jsonFile(await siteOpenDataIndex());
