import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify, stripVTControlCharacters } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../scripts/generate-corpus.ts';

// Listing pages are numbered from the oldest article (src/lib/listing/pagination.ts): adding
// the newest article must leave every archive page's file as it was, so a deploy uploads the
// first pages and not the whole archive, and the incremental build reuses the archive.
const run = promisify(execFile);
const work = mkdtempSync(join(tmpdir(), 'stable-listings-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

// 41 generated articles, one a day up to 2025-12-31, all in the seeds' three main topics: every
// topic and /articles/ get archive pages 1 and 2 and the page being filled, 3.
generateCorpus(41, work);
const out = join(work, 'dist');
const env = {
  ...process.env,
  ARABIC_NEWS_CONTENT_DIR: join(work, 'content'),
  ARABIC_NEWS_OUT_DIR: out,
  ARABIC_NEWS_CACHE_DIR: join(work, 'cache'),
};
const build = async () =>
  stripVTControlCharacters((await run(process.execPath, ['scripts/build.ts'], { env, maxBuffer: 64 * 1024 * 1024 })).stdout);

/** Every listing page but the first ones (`<listing>/<n>/index.html`), by path, with its bytes. */
function archivePages(): Map<string, string> {
  const pages = new Map<string, string>();
  const listings = [
    'articles',
    ...['topics', 'sources'].flatMap((kind) =>
      readdirSync(join(out, kind), { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => `${kind}/${d.name}`),
    ),
  ];
  for (const listing of listings) {
    for (const entry of readdirSync(join(out, listing))) {
      if (/^\d+$/.test(entry)) pages.set(`${listing}/${entry}/index.html`, readFileSync(join(out, listing, entry, 'index.html'), 'utf8'));
    }
  }
  return pages;
}

describe('adding the newest article', { timeout: 300_000 }, () => {
  it('leaves every archive page as it was, reused by the incremental build; only first pages change', async () => {
    await build();
    // No article of the last two days: no news sitemap, which may not be empty, and robots.txt names none.
    expect(existsSync(join(out, 'news-sitemap.xml'))).toBe(false);
    expect(readFileSync(join(out, 'robots.txt'), 'utf8')).not.toContain('news-sitemap');
    const before = archivePages();
    const topicFirst = readFileSync(join(out, 'topics', 'russia-ukraine-war', 'index.html'), 'utf8');
    expect([...before.keys()].filter((path) => path.startsWith('topics/russia-ukraine-war/'))).toEqual([
      'topics/russia-ukraine-war/1/index.html',
      'topics/russia-ukraine-war/2/index.html',
      'topics/russia-ukraine-war/3/index.html',
    ]);

    const articles = join(work, 'content', 'articles');
    const newest = readdirSync(articles).find((name) => name.endsWith('-1.mdx'))!;
    const text = readFileSync(join(articles, newest), 'utf8')
      // Today: newer than every generated article, and news to Google News' sitemap.
      .replace(/^date: .*$/m, `date: ${new Date().toISOString().slice(0, 10)}`)
      .replace(/^title: (.*)$/m, 'title: $1 (الأحدث)')
      .replace('هذه النسخة رقم 1 من المقال', 'هذه النسخة الأحدث من المقال');
    writeFileSync(join(articles, 'added-newest.mdx'), text);
    const log = await build();

    expect(archivePages()).toEqual(before);
    for (const path of before.keys()) expect(log).toMatch(new RegExp(`${path.replace(/[/.]/g, '\\$&')} \\((restored|cached)\\)`));
    expect(readFileSync(join(out, 'topics', 'russia-ukraine-war', 'index.html'), 'utf8')).not.toBe(topicFirst);
    // The sitemap lists the archive pages, not the page being filled (it only opens the first page).
    const sitemap = readFileSync(join(out, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain('/topics/russia-ukraine-war/2/</loc>');
    expect(sitemap).not.toContain('/topics/russia-ukraine-war/3/</loc>');
    // Today's article is the news sitemap's one entry, and robots.txt names it.
    const news = readFileSync(join(out, 'news-sitemap.xml'), 'utf8');
    expect(news.match(/<url>/g)).toHaveLength(1);
    expect(news).toContain('/articles/added-newest/</loc>');
    expect(readFileSync(join(out, 'robots.txt'), 'utf8')).toMatch(/^Sitemap: \S+\/news-sitemap\.xml$/m);
  });
});
