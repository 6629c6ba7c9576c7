/** An article as a feed sees it. */
export interface FeedArticle {
  /** The article's page, root-relative. */
  path: string;
  title: string;
  summary: string;
  date: Date;
  topics: readonly string[];
  /** The outlet that wrote it, unless the text names none. */
  outlet?: string | undefined;
}

/** Articles in a feed: enough for a reader catching up, few enough to fetch often. */
export const FEED_LENGTH = 50;

/** The namespaces our feeds use beyond RSS 2.0: Dublin Core for the outlet, Atom for the feed's own address. */
export const FEED_NAMESPACES = { dc: 'http://purl.org/dc/elements/1.1/', atom: 'http://www.w3.org/2005/Atom' };

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escapeXml = (text: string) => text.replace(/[&<>"]/g, (c) => XML_ESCAPES[c]!);

/**
 * The channel's own address, as RSS readers and the W3C feed validator expect it
 * (atom:link rel="self"), in RSS 2.0 terms a namespaced element of the channel.
 */
export const selfLink = (feedUrl: string): string => `<atom:link href="${escapeXml(feedUrl)}" rel="self" type="application/rss+xml"/>`;

/**
 * RSS 2.0 items for articles (newest first, as given): headline, summary, link, date, topics
 * as categories, and the original outlet as the item's <dc:creator>. Not RSS's <source>: its
 * url must be the address of the outlet's own RSS feed, which the site does not know.
 */
export function feedItems(articles: readonly FeedArticle[]) {
  return articles.slice(0, FEED_LENGTH).map((article) => ({
    title: article.title,
    description: article.summary,
    link: article.path,
    pubDate: article.date,
    categories: [...article.topics],
    ...(article.outlet ? { customData: `<dc:creator>${escapeXml(article.outlet)}</dc:creator>` } : {}),
  }));
}
