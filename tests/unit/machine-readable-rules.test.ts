import { describe, expect, it } from 'vitest';
import { FEED_NAMESPACES, feedItems, selfLink } from '../../src/lib/seo/feed-items.ts';
import { newsSitemap } from '../../src/lib/seo/news-sitemap.ts';
import { claim, jsonLd, newsArticle } from '../../src/lib/seo/structured-data.ts';
import { rssProblems } from '../quality/rss-rules.ts';
import { structuredDataProblems } from '../quality/structured-data.ts';
import { schemaErrors } from '../quality/xml-schemas.ts';

// The validators the quality gates run over every built file (tests/quality/machine-readable.spec.ts),
// shown to refuse what their rules forbid, and our generators' output shown to pass them.

const URLSET = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"';
const newsUrl = (language: string, date: string) =>
  `<url><loc>https://example.org/a/</loc><news:news><news:publication><news:name>مرصد</news:name><news:language>${language}</news:language></news:publication><news:publication_date>${date}</news:publication_date><news:title>عنوان</news:title></news:news></url>`;

describe('sitemaps against the sitemaps.org and Google News schemas', () => {
  it('passes the news sitemap the site writes', async () => {
    const xml = await new Response(
      newsSitemap(
        [{ url: 'https://example.org/articles/a/', title: 'عنوان & "اقتباس"', date: new Date('2025-11-15T00:00:00Z') }],
        'مرصد الأخبار',
      ),
    ).text();
    expect(await schemaErrors('news-sitemap.xml', xml, 'sitemap')).toEqual([]);
  });

  it('refuses an empty urlset, which is why the site leaves an empty news sitemap out', async () => {
    expect(await schemaErrors('empty.xml', `<urlset ${URLSET}/>`, 'sitemap')).toEqual([expect.stringContaining('Missing child element')]);
  });

  it('refuses a language that is not an ISO 639 code and a date that is not W3C’s', async () => {
    const errors = await schemaErrors('bad.xml', `<urlset ${URLSET}>${newsUrl('arabic', '15/11/2025')}</urlset>`, 'sitemap');
    expect(errors).toEqual([expect.stringContaining("'arabic'"), expect.stringContaining("'15/11/2025'")]);
    expect(await schemaErrors('good.xml', `<urlset ${URLSET}>${newsUrl('ar', '2025-11-15T08:30:00+03:00')}</urlset>`, 'sitemap')).toEqual(
      [],
    );
  });

  it('refuses a sitemap index without a sitemap, and one with a relative address', async () => {
    const index = (inner: string) => `<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${inner}</sitemapindex>`;
    expect(await schemaErrors('i.xml', index(''), 'sitemapIndex')).toHaveLength(1);
    expect(await schemaErrors('i.xml', index('<sitemap><loc>/s.xml</loc></sitemap>'), 'sitemapIndex')).toHaveLength(1);
    expect(await schemaErrors('i.xml', index('<sitemap><loc>https://example.org/sitemap-0.xml</loc></sitemap>'), 'sitemapIndex')).toEqual(
      [],
    );
  });
});

describe('feeds against RSS 2.0', () => {
  const channel = (inner: string, head = '<title>مرصد</title><link>https://example.org/</link><description>أخبار</description>') =>
    `<?xml version="1.0"?><rss version="2.0" xmlns:atom="${FEED_NAMESPACES.atom}" xmlns:dc="${FEED_NAMESPACES.dc}"><channel>${head}${selfLink('https://example.org/rss.xml')}${inner}</channel></rss>`;

  it('passes a channel with its own address and items as the site writes them', async () => {
    const [item] = feedItems([
      {
        path: '/articles/a/',
        title: 'عنوان',
        summary: 'ملخص',
        date: new Date('2025-11-14T00:00:00Z'),
        topics: ['حرب'],
        outlet: 'فوكس & نيوز',
      },
    ]);
    expect(item!.customData).toBe('<dc:creator>فوكس &amp; نيوز</dc:creator>');
    expect(
      await rssProblems(channel(`<item><title>عنوان</title><pubDate>Fri, 14 Nov 2025 00:00:00 GMT</pubDate>${item!.customData}</item>`)),
    ).toEqual([]);
  });

  it('names no creator for a text that names no outlet', () => {
    const [item] = feedItems([{ path: '/articles/a/', title: 'عنوان', summary: 'ملخص', date: new Date(), topics: [] }]);
    expect(item).not.toHaveProperty('customData');
  });

  it('refuses each broken rule, saying where', async () => {
    const feed = channel(
      '<item><pubDate>2025-11-14</pubDate><foo/><source>x</source><guid>not-a-url</guid><media:content/></item>',
      '<title>مرصد</title><link>example.org</link>',
    );
    expect(await rssProblems(feed)).toEqual([
      '<channel> needs a non-empty <description>',
      '<channel>: <link> "example.org" is not an absolute http(s) URL',
      'item 1: <foo> is not an RSS 2.0 element',
      'item 1: <media:content> uses the prefix "media", which is not declared on <rss>',
      'item 1: needs a <title> or a <description>',
      'item 1: <pubDate> "2025-11-14" is not an RFC 822 date such as "Fri, 14 Nov 2025 00:00:00 GMT"',
      'item 1: a permalink <guid> must be an absolute URL, found "not-a-url"',
      "item 1: <source> needs a url attribute: the address of that channel's RSS feed",
    ]);
    expect(
      await rssProblems(
        '<rss version="2.0"><channel><title>t</title><link>https://e.org/</link><description>d</description></channel></rss>',
      ),
    ).toEqual(['<channel> should name its own address: <atom:link rel="self" href="…" type="application/rss+xml"/>']);
    expect(await rssProblems('<feed/>')).toEqual(['the root element must be <rss>, found feed']);
  });

  it('refuses XML that is not well-formed before reading any rule, saying what and where', async () => {
    expect(await rssProblems('<rss version="2.0"><channel>')).toEqual([
      'not well-formed XML: line 1: parser error : Premature end of data in tag channel line 1',
    ]);
    expect(await rssProblems('<?xml version="1.0"?>\n<rss version="2.0">\n<channel></rss>')).toEqual([
      'not well-formed XML: line 3: parser error : Opening and ending tag mismatch: channel line 3 and rss',
    ]);
    const good = channel('<item><title>عنوان</title></item>');
    expect(await rssProblems(good)).toEqual([]);
    // A tag closed by another, a second root, an entity XML does not define, a bare &.
    for (const broken of [
      good.replace('</title></item>', '</item></title>'),
      `${good}<rss/>`,
      good.replace('عنوان', 'عنوان&nbsp;أول'),
      good.replace('عنوان', 'فوكس & نيوز'),
    ]) {
      const problems = await rssProblems(broken);
      expect(problems, broken).not.toEqual([]);
      for (const problem of problems) expect(problem, broken).toMatch(/^not well-formed XML: line 1: parser error : /);
    }
  });
});

describe('JSON-LD against schema.org’s vocabulary', () => {
  const page = (data: unknown) =>
    `<!doctype html><html><head><script type="application/ld+json">${jsonLd(data)}</script></head><body></body></html>`;
  const picture = { url: 'https://example.org/share.png', width: 1200, height: 630 };
  const article = newsArticle({
    url: 'https://example.org/articles/a/',
    headline: 'عنوان',
    published: new Date('2025-11-14T00:00:00Z'),
    topics: ['حرب'],
    outlet: { name: 'فوكس نيوز', url: 'https://www.foxnews.com' },
    image: picture,
    siteName: 'مرصد الأخبار',
    siteUrl: 'https://example.org/',
    logo: { url: 'https://example.org/logo.png', width: 512, height: 512 },
  });

  it('passes the NewsArticle the site writes', async () => {
    expect(await structuredDataProblems(page(article))).toEqual([]);
  });

  it('refuses a property schema.org does not define, a type it does not know, a value of the wrong type and a date that is not ISO 8601', async () => {
    const problems = await structuredDataProblems(
      page({
        ...article,
        byline: 'x',
        about: [{ '@type': 'Thingy', name: 'حرب' }],
        mainEntityOfPage: { '@type': 'Person', name: 'x' },
        datePublished: '14/11/2025',
        wordCount: 'many',
      }),
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringContaining('"byline"'),
        expect.stringContaining('"Thingy" is not a valid schema.org type'),
        'NewsArticle > mainEntityOfPage: Person is none of the expected types (CreativeWork, URL)',
        'NewsArticle > datePublished: "14/11/2025" is not an ISO 8601 date',
        'NewsArticle > wordCount: text where Integer is expected',
      ]),
    );
  });

  it('passes the schema.org Claims an article carries, one item beside its NewsArticle', async () => {
    const appearance = { url: 'https://example.org/articles/a/#quote-1', published: new Date('2025-11-14T00:00:00Z') };
    const first = { url: 'https://example.org/articles/b/#quote-2', published: new Date('2025-10-01T00:00:00Z') };
    const claims = [
      claim({
        url: 'https://example.org/claims/0123456789abcdef/',
        name: 'القتلى: نحو 300',
        text: 'قُتل نحو 300 جندي.',
        author: { type: 'Organization', name: 'جهاز الاستخبارات' },
        appearance,
        firstAppearance: first,
      }),
      claim({
        url: 'https://example.org/claims/fedcba9876543210/',
        name: 'الجرحى: 2,700',
        text: 'وأصيب 2700.',
        appearance,
        firstAppearance: appearance,
      }),
    ];
    expect(claims[0]).toMatchObject({
      '@type': 'Claim',
      author: { '@type': 'Organization' },
      appearance: { '@type': 'NewsArticle' },
      firstAppearance: { url: first.url },
    });
    expect(claims[1]).not.toHaveProperty('author');
    expect(await structuredDataProblems(page([article, ...claims]))).toEqual([]);
  });

  it('refuses JSON that does not parse', async () => {
    const html = '<script type="application/ld+json">{"@type": "NewsArticle",}</script>';
    expect((await structuredDataProblems(html)).length).toBeGreaterThan(0);
  });
});
