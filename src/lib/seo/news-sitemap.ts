import { Readable } from 'node:stream';
import { ErrorLevel, SitemapStream, type SitemapItemLoose } from 'sitemap';
import { dayOf } from '../content/calendar-dates.ts';

/** An article as Google News' sitemap lists it. */
export interface NewsEntry {
  url: string;
  title: string;
  date: Date;
}

const TWO_DAYS_MS = 2 * 86_400_000;

/** The namespaces a news sitemap needs: the sitemap's own and Google News'. */
const XMLNS = { news: true, xhtml: false, image: false, video: false };

/**
 * The articles Google News' sitemap lists at `now`: those published in the two days before
 * it, as Google News asks. `newestFirst` entries are read only until the first older one, so
 * a build looks at two days' articles, not the whole site.
 */
export function recentNews<T>(newestFirst: Iterable<T>, dateOf: (entry: T) => Date, now: Date): T[] {
  const recent: T[] = [];
  for (const entry of newestFirst) {
    const age = now.getTime() - dateOf(entry).getTime();
    if (age > TWO_DAYS_MS) break;
    if (age >= 0) recent.push(entry);
  }
  return recent;
}

/**
 * A Google News sitemap of `recent` articles (recentNews), each with the publication, its
 * language and the article's title and date. There is none without an article: the sitemaps
 * schema requires a urlset to hold at least one url, so with no recent article the site has no
 * news sitemap and robots.txt does not name one. The XML is written by the `sitemap` package
 * (the one @astrojs/sitemap uses), which streams it: it comes as a byte stream, which
 * `new Response()` takes as it would a string.
 */
export function newsSitemap(recent: readonly NewsEntry[], publication: string): ReadableStream<Uint8Array> {
  if (recent.length === 0) throw new Error('a news sitemap needs at least one article: leave it out when there is none');
  const items = recent.map((e): SitemapItemLoose => ({
    url: e.url,
    news: {
      publication: { name: publication, language: 'ar' },
      publication_date: dayOf(e.date),
      title: e.title,
    },
  }));
  // A malformed entry stops the build rather than being logged and left out.
  const xml = Readable.from(items).pipe(new SitemapStream({ xmlns: XMLNS, level: ErrorLevel.THROW }));
  return (Readable.toWeb(xml) as ReadableStream<string>).pipeThrough(new TextEncoderStream());
}
