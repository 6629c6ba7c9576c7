import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sitemapFilter } from '../../src/integrations/sitemap-filter.ts';
import { isRedirectPage, pendingArchivePage, redirectPage } from '../../src/lib/site/redirect-page.ts';

describe('a redirect page', () => {
  const html = redirectPage({
    to: '/topics/a/',
    canonical: 'https://akhbar.example/topics/a/',
    title: 'الحرب & السلام | مرصد الأخبار',
    text: 'مقالاتها في {link}.',
    linkText: 'الصفحة الأولى',
  });

  it('sends the reader on at once, with a link, and asks not to be indexed', () => {
    expect(html).toMatch(/^<!doctype html>\n<html lang="ar" dir="rtl">/);
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/topics/a/">');
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).toContain('<link rel="canonical" href="https://akhbar.example/topics/a/">');
    expect(html).toContain('<p>مقالاتها في <a href="/topics/a/">الصفحة الأولى</a>.</p>');
    expect(html).toContain('<title>الحرب &amp; السلام | مرصد الأخبار</title>');
  });

  it('is told from a page by its first bytes', () => {
    expect(isRedirectPage(html)).toBe(true);
    expect(isRedirectPage('<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8">')).toBe(false);
    expect(isRedirectPage('')).toBe(false);
  });

  it('answers a listing’s page being filled with its first page', async () => {
    const response = pendingArchivePage('/topics/a/', 'الحرب', new URL('https://akhbar.example/'));
    expect(response.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    const body = await response.text();
    expect(isRedirectPage(body)).toBe(true);
    expect(body).toContain('<title>الحرب | مرصد الأخبار</title>');
    expect(body).toContain('<link rel="canonical" href="https://akhbar.example/topics/a/">');
  });
});

describe('the sitemap', () => {
  it('leaves out search, the 404 page and redirect pages, reading the page Astro wrote', async () => {
    const dist = mkdtempSync(join(tmpdir(), 'sitemap-filter-'));
    try {
      const write = (path: string, html: string) => {
        mkdirSync(join(dist, path), { recursive: true });
        writeFileSync(join(dist, path, 'index.html'), html);
      };
      write('topics/a/1', '<!doctype html>\n<html lang="ar" dir="rtl">\n<head>\n<meta charset="utf-8">');
      write('topics/a/2', await pendingArchivePage('/topics/a/', 'أ', new URL('https://akhbar.example/')).text());
      write('topics/العربية/2', await pendingArchivePage('/topics/a/', 'أ', new URL('https://akhbar.example/')).text());
      const listed = sitemapFilter(dist);
      expect(listed('https://akhbar.example/topics/a/1/')).toBe(true);
      expect(listed('https://akhbar.example/topics/a/2/')).toBe(false);
      expect(listed(`https://akhbar.example/topics/${encodeURIComponent('العربية')}/2/`)).toBe(false);
      expect(listed('https://akhbar.example/search/')).toBe(false);
      expect(listed('https://akhbar.example/404/')).toBe(false);
      // A page with no file (the sitemap lists only what Astro wrote, so this is not expected) is listed.
      expect(listed('https://akhbar.example/topics/b/')).toBe(true);
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
  });
});
