import { Readable } from 'node:stream';
import { parseSitemap } from 'sitemap';
import { describe, expect, it } from 'vitest';
import { newsSitemap, recentNews } from '../../src/lib/seo/news-sitemap.ts';

const entry = (day: string, title = 'عنوان') => ({
  url: `https://example.org/articles/${day}/`,
  title,
  date: new Date(`${day}T00:00:00Z`),
});

/** The sitemap as the route serves it: src/pages/[newsSitemap].xml.ts hands it to a Response. */
const xmlOf = (...args: Parameters<typeof newsSitemap>) => new Response(newsSitemap(...args)).text();

/** The sitemap read back by an XML parser: what a crawler sees, entities decoded. */
const parsed = async (xml: string) => parseSitemap(Readable.from([xml]));

describe('newsSitemap', () => {
  const now = new Date('2025-11-15T12:00:00Z');

  it('lists only the last two days’ articles, reading the newest-first list no further than the first older one', () => {
    const read: string[] = [];
    const entries = function* () {
      for (const day of ['2025-11-16', '2025-11-15', '2025-11-14', '2025-11-10', '2025-11-09']) {
        read.push(day);
        yield entry(day);
      }
    };
    expect(recentNews(entries(), (e) => e.date, now).map((e) => e.url)).toEqual([
      'https://example.org/articles/2025-11-15/',
      'https://example.org/articles/2025-11-14/',
    ]);
    expect(read).toEqual(['2025-11-16', '2025-11-15', '2025-11-14', '2025-11-10']);
    expect(recentNews([entry('2024-01-01')], (e) => e.date, now)).toEqual([]);
  });

  it('names the publication, the Arabic language, the date and the title', async () => {
    const [item] = await parsed(await xmlOf([entry('2025-11-15', 'كوريا & روسيا <تحالف> "معًا"')], 'مرصد الأخبار'));
    expect(item?.news).toMatchObject({
      publication: { name: 'مرصد الأخبار', language: 'ar' },
      publication_date: '2025-11-15',
      title: 'كوريا & روسيا <تحالف> "معًا"',
    });
  });

  it('escapes what XML text cannot hold as it is', async () => {
    const xml = await xmlOf([entry('2025-11-15', 'كوريا & روسيا <تحالف>')], 'مرصد الأخبار');
    expect(xml).toContain('<news:title>كوريا &amp; روسيا &lt;تحالف&gt;</news:title>');
  });

  it('declares the sitemap and Google News namespaces', async () => {
    const full = await xmlOf([entry('2025-11-15')], 'x');
    expect(/^<\?xml version="1.0" encoding="UTF-8"\?>(<urlset [^>]+>)/.exec(full)?.[1]).toBe(
      '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">',
    );
  });

  it('is never written empty, which the sitemaps schema forbids: with no recent article there is none', () => {
    expect(() => newsSitemap([], 'x')).toThrow(/leave it out/);
  });
});
