import type { APIRoute } from 'astro';
import { siteOpenData } from '../data/routes/open-data.ts';
import { jsonFile } from '../lib/figures/open-data-responses.ts';

/** The index of the whole site's open data: its columns and its month files (README: Open data). */
export const GET: APIRoute = async () => jsonFile((await siteOpenData()).index);
