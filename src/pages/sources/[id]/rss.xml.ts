import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog, type Source } from '../../../data/catalog.ts';
import { feedResponse } from '../../../data/feeds.ts';

export const getStaticPaths = (async () => {
  const { sources } = await getCatalog();
  return [...sources.values()].map((source) => ({ params: { id: source.id }, props: { source } }));
}) satisfies GetStaticPaths;

/** An outlet's feed: what the site carried from it. */
export const GET: APIRoute = async ({ site, props }) => {
  const { source } = props as { source: Source };
  const { bySource } = await getCatalog();
  return feedResponse(site, source.data.name, source.data.description ?? `مقالات ${source.data.name}`, bySource.get(source.id) ?? []);
};
