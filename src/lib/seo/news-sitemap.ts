/** An article as Google News' sitemap lists it. */
export interface NewsEntry {
  url: string;
  title: string;
  date: Date;
}

const TWO_DAYS_MS = 2 * 86_400_000;

const escapeXml = (text: string) =>
  text.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!);

/**
 * A Google News sitemap: only articles published in the two days before `now`, as Google
 * News asks, each with the publication, its language and the article's title and date.
 */
export function newsSitemap(entries: readonly NewsEntry[], publication: string, now: Date): string {
  const recent = entries.filter((e) => now.getTime() - e.date.getTime() <= TWO_DAYS_MS && e.date.getTime() <= now.getTime());
  const urls = recent.map(
    (e) =>
      `<url><loc>${escapeXml(e.url)}</loc><news:news><news:publication><news:name>${escapeXml(publication)}</news:name>` +
      `<news:language>ar</news:language></news:publication><news:publication_date>${e.date.toISOString().slice(0, 10)}</news:publication_date>` +
      `<news:title>${escapeXml(e.title)}</news:title></news:news></url>`,
  );
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">' +
    `${urls.join('')}</urlset>\n`
  );
}
