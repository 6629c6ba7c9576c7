import rss from '@astrojs/rss';
import { FEED_LENGTH, FEED_NAMESPACES, feedItems, selfLink, type FeedArticle } from '../../lib/seo/feed-items.ts';
import { absoluteUrl, articlePath, HOME_PATH, SITE_FEED_PATH, sourceFeedPath, topicFeedPath } from '../../lib/site/urls.ts';
import { SITE } from '../../site.ts';
import { getCatalog, must, type Article, type Catalog } from '../catalog.ts';
import { sourceDescription } from '../views.ts';
import { keyed, param, type RouteParams } from './keyed.ts';

function feedArticle(article: Article, catalog: Catalog): FeedArticle {
  const source = must(catalog.sources, article.data.source.id);
  return {
    path: articlePath(article.id),
    title: article.data.title,
    summary: article.data.summary,
    date: article.data.date,
    topics: article.data.topics.map((t) => must(catalog.topics, t.id).data.title),
    outlet: source.data.unattributed ? undefined : source.data.name,
  };
}

/** What a feed lists: its channel and its newest articles. */
export interface Feed {
  /** The feed's own address, root-relative. */
  path: string;
  title: string;
  description: string;
  articles: FeedArticle[];
}

/** A feed of a list of articles (newest first): only the newest few are read. */
function feed(path: string, title: string, description: string, newestFirst: readonly Article[], catalog: Catalog): Feed {
  return { path, title, description, articles: newestFirst.slice(0, FEED_LENGTH).map((article) => feedArticle(article, catalog)) };
}

/** An RSS 2.0 response for a feed, in Arabic. */
export function feedResponse(site: URL | undefined, { path, title, description, articles }: Feed) {
  return rss({
    xmlns: FEED_NAMESPACES,
    title: title === SITE.name ? title : `${title} | ${SITE.name}`,
    description,
    site: absoluteUrl(HOME_PATH, site),
    customData: `<language>ar</language>${selfLink(absoluteUrl(path, site))}`,
    items: feedItems(articles),
  });
}

/** The whole site's feed: the newest articles from every outlet. */
export async function siteFeed(): Promise<Feed> {
  const catalog = await getCatalog();
  return feed(SITE_FEED_PATH, SITE.name, SITE.tagline, catalog.articles, catalog);
}

function topicFeed(params: RouteParams, catalog: Catalog): Feed {
  const topic = must(catalog.topics, param(params, 'id'));
  return feed(topicFeedPath(topic.id), topic.data.title, topic.data.description, catalog.byTopic.get(topic.id) ?? [], catalog);
}

function sourceFeed(params: RouteParams, catalog: Catalog): Feed {
  const source = must(catalog.sources, param(params, 'id'));
  return feed(sourceFeedPath(source.id), source.data.name, sourceDescription(source.data), catalog.bySource.get(source.id) ?? [], catalog);
}

/** Each topic's feed. */
export async function topicFeedPaths() {
  const catalog = await getCatalog();
  return keyed(
    [...catalog.topics.keys()].map((id) => ({ id })),
    (params) => topicFeed(params, catalog),
  );
}

export async function topicFeedAt(params: RouteParams): Promise<Feed> {
  return topicFeed(params, await getCatalog());
}

/** Each outlet's feed. */
export async function sourceFeedPaths() {
  const catalog = await getCatalog();
  return keyed(
    [...catalog.sources.keys()].map((id) => ({ id })),
    (params) => sourceFeed(params, catalog),
  );
}

export async function sourceFeedAt(params: RouteParams): Promise<Feed> {
  return sourceFeed(params, await getCatalog());
}
