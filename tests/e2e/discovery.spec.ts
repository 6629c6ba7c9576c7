import { expect, test } from '@playwright/test';
import { seedArticles, sourceIds, sourceName, topicIds } from './seeds.ts';

const seeds = seedArticles();

/** Parses XML in the browser, as a feed reader would: undefined when it is not well formed. */
async function parseXml(page: import('@playwright/test').Page, xml: string) {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    if (doc.querySelector('parsererror')) return undefined;
    return {
      root: doc.documentElement.nodeName,
      language: doc.querySelector('channel > language')?.textContent,
      items: [...doc.querySelectorAll('item')].map((item) => ({
        title: item.querySelector('title')?.textContent,
        link: item.querySelector('link')?.textContent,
        description: item.querySelector('description')?.textContent,
        outlet: item.getElementsByTagNameNS('http://purl.org/dc/elements/1.1/', 'creator')[0]?.textContent,
      })),
      locs: [...doc.querySelectorAll('loc')].map((loc) => loc.textContent),
    };
  }, xml);
}

test('the site feed is RSS 2.0 in Arabic with every article, summary, absolute link and outlet', async ({ page, request }) => {
  await page.goto('/');
  const href = await page.locator('link[rel="alternate"][type="application/rss+xml"]').getAttribute('href');
  const feed = await parseXml(page, await (await request.get(href!)).text());
  expect(feed?.root).toBe('rss');
  expect(feed?.language).toBe('ar');
  expect(feed?.items.map((i) => i.title)).toEqual(seeds.map((s) => s.title));
  for (const item of feed!.items) {
    expect(item.link).toMatch(/^https?:\/\/[^/]+\/articles\/[a-z0-9-]+\/$/);
    expect(item.description).not.toBe('');
  }
  // The outlet as each item's dc:creator; none for a text that names no outlet.
  expect(feed?.items.map((i) => i.outlet)).toEqual(seeds.map((s) => (s.source === 'unattributed' ? undefined : sourceName(s.source))));
});

test('each topic and each outlet has its own feed, advertised on its page', async ({ page, request }) => {
  for (const [kind, ids] of [
    ['topics', topicIds()],
    ['sources', sourceIds()],
  ] as const) {
    for (const id of ids) {
      await page.goto(`/${kind}/${id}/`);
      const href = await page.locator('link[rel="alternate"][type="application/rss+xml"]').getAttribute('href');
      expect(href).toBe(`/${kind}/${id}/rss.xml`);
      const feed = await parseXml(page, await (await request.get(href!)).text());
      const expected = seeds.filter((s) => (kind === 'topics' ? s.topics.includes(id) : s.source === id)).length;
      expect(feed?.items, `${kind}/${id}`).toHaveLength(expected);
    }
  }
});

test('robots.txt names the sitemaps, which list every article and leave out search and 404', async ({ page, request }) => {
  const robots = await (await request.get('/robots.txt')).text();
  const sitemapUrl = /Sitemap: (\S+sitemap-index\.xml)/.exec(robots)?.[1];
  expect(sitemapUrl).toBeTruthy();
  // Google News' sitemap lists the last two days' articles, and exists only when there are
  // any (an empty one is invalid): the seed articles are older, so there is none to name.
  const recent = seeds.some((seed) => Date.now() - Date.parse(seed.date) <= 2 * 86_400_000);
  expect(/Sitemap: \S+news-sitemap\.xml/.test(robots)).toBe(recent);
  await page.goto('/');
  const index = await parseXml(page, await (await request.get(new URL(sitemapUrl!).pathname)).text());
  const locs: string[] = [];
  for (const loc of index!.locs)
    locs.push(...(await parseXml(page, await (await request.get(new URL(loc!).pathname)).text()))!.locs.map(String));
  for (const seed of seeds) expect(locs.some((l) => l.endsWith(`/articles/${seed.id}/`))).toBe(true);
  expect(locs.some((l) => /\/(search|404)\/?$/.test(new URL(l).pathname))).toBe(false);
  const news = await request.get('/news-sitemap.xml');
  expect(news.status()).toBe(recent ? 200 : 404);
  if (recent) expect((await parseXml(page, await news.text()))?.locs.length).toBeGreaterThan(0);
});

test('an article tells link previews and search engines what it is', async ({ page }) => {
  const seed = seeds.find((s) => s.source === 'fox-news')!;
  await page.goto(`/articles/${seed.id}/`);
  const meta = (selector: string) => page.locator(selector).getAttribute('content');
  expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toMatch(new RegExp(`/articles/${seed.id}/$`));
  expect(await meta('meta[property="og:locale"]')).toBe('ar_AR');
  expect(await meta('meta[property="og:type"]')).toBe('article');
  expect(await meta('meta[property="og:title"]')).toBe(seed.title);
  expect(await meta('meta[property="og:image"]')).toMatch(/\/share\.png$/);
  expect(await meta('meta[name="twitter:card"]')).toBe('summary_large_image');
  // The article first, then its figures as schema.org Claims (tests/e2e/claims.spec.ts).
  const items = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!) as Record<string, unknown>[];
  expect(items.slice(1).every((item) => item['@type'] === 'Claim')).toBe(true);
  const data = items[0] as { about: { name: string }[] };
  expect(data).toMatchObject({
    '@type': 'NewsArticle',
    headline: seed.title,
    datePublished: `${seed.date}T00:00:00Z`,
    inLanguage: 'ar',
    publisher: { name: 'مرصد الأخبار' },
    author: { name: 'فوكس نيوز' },
    mainEntityOfPage: { '@id': expect.stringMatching(new RegExp(`/articles/${seed.id}/$`)) },
  });
  expect(data.about.map((t) => t.name)).toHaveLength(seed.topics.length);
});

test('the home page describes the site and its search to search engines', async ({ page }) => {
  await page.goto('/');
  const data = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(data['@type']).toBe('WebSite');
  expect(data.potentialAction.target.urlTemplate).toMatch(/\/search\/\?q=\{search_term_string\}$/);
  expect(await page.locator('meta[property="og:type"]').getAttribute('content')).toBe('website');
});
