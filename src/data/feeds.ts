import rss from '@astrojs/rss';
import { feedItems } from '../lib/seo/feed-items.ts';
import { SITE } from '../site.ts';
import { getCatalog, must, type Article } from './catalog.ts';

/** An RSS 2.0 response for a list of articles (newest first), in Arabic. */
export async function feedResponse(site: URL | undefined, title: string, description: string, articles: readonly Article[]) {
  const { sources, topics } = await getCatalog();
  return rss({
    title: title === SITE.name ? title : `${title} | ${SITE.name}`,
    description,
    site: site ?? 'http://localhost:4321',
    customData: '<language>ar</language>',
    items: feedItems(
      articles.map((article) => {
        const source = must(sources, article.data.source.id);
        return {
          id: article.id,
          title: article.data.title,
          summary: article.data.summary,
          date: article.data.date,
          topics: article.data.topics.map((t) => must(topics, t.id).data.title),
          source: { name: source.data.name, url: source.data.url },
        };
      }),
    ),
  });
}
