/**
 * Every page's address, in one place: the pages, their links, the feeds, the sitemaps and the
 * open data all ask here, so a route renamed here is renamed everywhere. Paths are
 * root-relative with the trailing slash the site uses; `absoluteUrl` makes them absolute.
 */

import type { PageRef } from '../listing/pagination.ts';

export const HOME_PATH = '/';
export const ARTICLES_PATH = '/articles/';
export const TOPICS_PATH = '/topics/';
export const SOURCES_PATH = '/sources/';
export const SEARCH_PATH = '/search/';
/** The editors' web app (src/integrations/editors-app.ts): not a page for readers or crawlers. */
export const EDITORS_APP_PATH = '/admin/';
export const SITE_FEED_PATH = '/rss.xml';
export const SITEMAP_INDEX_PATH = '/sitemap-index.xml';
export const NEWS_SITEMAP_PATH = '/news-sitemap.xml';
export const SEARCH_LEXICON_PATH = '/search-lexicon.json';
/** The picture link previews show (1200×630), made by scripts/make-site-images.ts. */
export const SHARE_IMAGE = { path: '/share.png', width: 1200, height: 630 };
/** The site's logo (512×512) for structured data, made by scripts/make-site-images.ts. */
export const LOGO_IMAGE = { path: '/logo.png', width: 512, height: 512 };
/** Where Pagefind's script is, and the search index in bundles (src/lib/search/bundles.ts). */
export const SEARCH_INDEX_PATH = '/pagefind/';
/** The list of the search index's bundles, oldest first. */
export const SEARCH_BUNDLES_PATH = `${SEARCH_INDEX_PATH}bundles.json`;
/** A bundle of the search index, by name. */
export const searchBundlePath = (name: string): string => `${SEARCH_INDEX_PATH}bundles/${name}/`;
/** The whole site's open data: its page (/figures/), its index (.json) and its month files (/figures/<YYYY-MM>.json, .csv). */
export const FIGURES_DATA_PATH = '/figures';
/** The open data's Frictionless Data Package, beside its month files. */
export const FIGURES_PACKAGE_PATH = `${FIGURES_DATA_PATH}/datapackage.json`;

/** A metric's definition: what it counts and how it relates to others, an anchor on the open-data page. */
export const metricAnchor = (id: string): string => `metric-${id}`;
export const metricDefinitionPath = (id: string): string => `${FIGURES_DATA_PATH}/#${metricAnchor(id)}`;

export const articlePath = (id: string): string => `${ARTICLES_PATH}${id}/`;

/** An article's sentence that states a figure, by its anchor (see figures/quote-anchors.ts). */
export const quotePath = (articleId: string, anchor: string | undefined): string =>
  anchor ? `${articlePath(articleId)}#${anchor}` : articlePath(articleId);

export const topicPath = (id: string): string => `${TOPICS_PATH}${id}/`;
export const topicTimelinePath = (id: string): string => `${topicPath(id)}timeline/`;
/** One month of a topic's timeline, YYYY-MM. */
export const topicTimelineMonthPath = (id: string, month: string): string => `${topicTimelinePath(id)}${month}/`;
export const topicFeedPath = (id: string): string => `${topicPath(id)}rss.xml`;
/** A topic's open data, as FIGURES_DATA_PATH is the site's. */
export const topicFiguresDataPath = (id: string): string => `${topicPath(id)}figures`;

export const sourcePath = (id: string): string => `${SOURCES_PATH}${id}/`;
export const sourceFeedPath = (id: string): string => `${sourcePath(id)}rss.xml`;

export const claimantPath = (id: string): string => `/claimants/${id}/`;
/** A claim's permalink: one figure as one article reported it (figures/claim-ids.ts). */
export const claimPath = (id: string): string => `/claims/${id}/`;

/**
 * A page of a listing whose first page is `first` (a path ending with "/"): the first page
 * itself, or archive page n at `<first>n/`. Archive pages are numbered from the oldest (see
 * listing/pagination.ts), so `/topics/<id>/1/` holds the topic's oldest articles for good.
 */
export const listingPagePath = (first: string, page: PageRef): string => (page === 'first' ? first : `${first}${page}/`);

/**
 * A path made absolute against the site's address. astro.config.mjs always sets `site`
 * (SITE_URL, or the local preview's address), so a missing one is a broken config, not a
 * case to paper over with a default.
 */
export function absoluteUrl(path: string, site: URL | undefined): string {
  if (site === undefined) throw new Error('absoluteUrl: Astro has no `site`; astro.config.mjs must set it (SITE_URL)');
  return new URL(path, site).href;
}
