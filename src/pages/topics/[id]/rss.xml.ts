import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog, type Topic } from '../../../data/catalog.ts';
import { feedResponse } from '../../../data/feeds.ts';

export const getStaticPaths = (async () => {
  const { topics } = await getCatalog();
  return [...topics.values()].map((topic) => ({ params: { id: topic.id }, props: { topic } }));
}) satisfies GetStaticPaths;

/** A topic's feed. */
export const GET: APIRoute = async ({ site, props }) => {
  const { topic } = props as { topic: Topic };
  const { byTopic } = await getCatalog();
  return feedResponse(site, topic.data.title, topic.data.description, byTopic.get(topic.id) ?? []);
};
