import type { APIRoute } from 'astro';
import { siteDataPackage } from '../../data/routes/open-data.ts';
import { jsonFile } from '../../lib/figures/open-data-responses.ts';

/** The open data as a Frictionless Data Package: each month's CSV with its columns' types, the licence, when it was built. */
export const GET: APIRoute = async ({ site }) => jsonFile(await siteDataPackage(site));
