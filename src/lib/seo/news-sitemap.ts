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

// The sitemap package refuses to write a sitemap without entries (EmptySitemap), but the route
// is built every time: an empty urlset, with the namespaces its stream writes, says "no news".
const EMPTY =
  '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"></urlset>';

/**
 * A Google News sitemap: only articles published in the two days before `now`, as Google
 * News asks, each with the publication, its language and the article's title and date. The
 * XML is written by the `sitemap` package (the one @astrojs/sitemap uses), which streams it:
 * it comes as a byte stream, which `new Response()` takes as it would a string.
 */
export function newsSitemap(entries: readonly NewsEntry[], publication: string, now: Date): ReadableStream<Uint8Array> {
  const recent = entries.filter((e) => now.getTime() - e.date.getTime() <= TWO_DAYS_MS && e.date.getTime() <= now.getTime());
  const items = recent.map((e): SitemapItemLoose => ({
    url: e.url,
    news: {
      publication: { name: publication, language: 'ar' },
      publication_date: dayOf(e.date),
      title: e.title,
    },
  }));
  // A malformed entry stops the build rather than being logged and left out.
  const xml =
    items.length === 0 ? Readable.from([EMPTY]) : Readable.from(items).pipe(new SitemapStream({ xmlns: XMLNS, level: ErrorLevel.THROW }));
  return (Readable.toWeb(xml) as ReadableStream<string>).pipeThrough(new TextEncoderStream());
}
