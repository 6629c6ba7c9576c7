import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from '@playwright/test';
import { FIXTURE_DIR } from '../../playwright.config.ts';
import { rssProblems } from './rss-rules.ts';
import { jsonLdItems, structuredDataProblems } from './structured-data.ts';
import { schemaErrors } from './xml-schemas.ts';

// Every machine-readable file of both built sites (the seeds and the 25-article site with its
// lead photos) against its published rules: sitemaps against the sitemaps.org and Google News
// schemas, feeds against RSS 2.0, and each page's JSON-LD against schema.org's vocabulary.
const SITES = ['dist', `${FIXTURE_DIR}/dist`];
/** Folders of files that are not pages: scripts, the search index, the editors' app. */
const NOT_PAGES = new Set(['_astro', 'pagefind', 'admin']);

function filesIn(folder: string, ending: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return NOT_PAGES.has(entry.name) ? [] : filesIn(path, ending);
    return entry.name.endsWith(ending) ? [path] : [];
  });
}

for (const site of SITES) {
  test.describe(site, () => {
    test('the sitemap index and every sitemap it lists are valid against the sitemaps.org schema', async () => {
      const index = readFileSync(`${site}/sitemap-index.xml`, 'utf8');
      expect(await schemaErrors('sitemap-index.xml', index, 'sitemapIndex')).toEqual([]);
      const listed = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, url]) => new URL(url!).pathname);
      expect(listed.length).toBeGreaterThan(0);
      for (const path of listed) {
        expect(await schemaErrors(path, readFileSync(`${site}${path}`, 'utf8'), 'sitemap'), path).toEqual([]);
      }
    });

    test('a news sitemap, when there is one, is valid against the sitemaps.org and Google News schemas', async () => {
      const news = filesIn(site, '.xml').filter((file) => file.endsWith('news-sitemap.xml'));
      for (const file of news) {
        const xml = readFileSync(file, 'utf8');
        expect(xml).toContain('<news:news>');
        expect(await schemaErrors(file, xml, 'sitemap')).toEqual([]);
      }
    });

    test('every feed keeps the rules of RSS 2.0', async () => {
      const feeds = filesIn(site, 'rss.xml');
      expect(feeds.length).toBeGreaterThan(2);
      for (const feed of feeds) expect(await rssProblems(readFileSync(feed, 'utf8'), feed), relative(site, feed)).toEqual([]);
    });

    test('every page’s structured data is valid against schema.org’s vocabulary', async () => {
      test.setTimeout(120_000);
      const pages = filesIn(site, '.html');
      let articles = 0;
      for (const page of pages) {
        const html = readFileSync(page, 'utf8');
        expect(await structuredDataProblems(html), relative(site, page)).toEqual([]);
        const article = jsonLdItems(html).find((item) => item['@type'] === 'NewsArticle');
        if (!article) continue;
        articles++;
        // Google's article fields: a picture and a publisher with its logo.
        expect(article, relative(site, page)).toMatchObject({
          image: { '@type': 'ImageObject', url: expect.stringMatching(/^https?:\/\//) },
          publisher: { '@type': 'Organization', logo: { '@type': 'ImageObject', url: expect.stringMatching(/\/logo\.png$/) } },
        });
      }
      expect(articles).toBeGreaterThan(4);
    });
  });
}

test('an article with a photo gives its photo to link previews and to structured data; one without gives the share image', () => {
  const site = `${FIXTURE_DIR}/dist`;
  const articles = filesIn(`${site}/articles`, 'index.html').map((file) => readFileSync(file, 'utf8'));
  const images = articles
    .map((html) => ({ html, item: jsonLdItems(html).find((item) => item['@type'] === 'NewsArticle') }))
    .filter(({ item }) => item !== undefined)
    .map(({ html, item }) => ({
      jsonLd: (item!.image as { url: string }).url,
      openGraph: /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1],
      hasPhoto: html.includes('<figure class="picture"'),
    }));
  const withPhoto = images.filter((image) => image.hasPhoto);
  expect(withPhoto.length).toBeGreaterThan(0);
  for (const image of withPhoto) {
    expect(image.jsonLd).toMatch(/\/_astro\/.+\.webp$/);
    expect(image.openGraph).toBe(image.jsonLd);
  }
  for (const image of images.filter((i) => !i.hasPhoto)) expect(image.jsonLd).toMatch(/\/share\.png$/);
});
