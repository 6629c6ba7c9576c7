import { Buffer } from 'node:buffer';
import { closeSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { isRedirectPage } from '../lib/site/redirect-page.ts';

/** Pages that are not content to index: the search page with no query, and the 404 page. */
const NOT_CONTENT = /\/(search|404)\/?$/;

/** The first bytes of a built page, or '' when there is no such file. */
function startOf(file: string): string {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return '';
  }
  try {
    const buffer = Buffer.alloc(256);
    return buffer.toString('utf8', 0, readSync(fd, buffer, 0, buffer.length, 0));
  } finally {
    closeSync(fd);
  }
}

/**
 * @astrojs/sitemap's filter: every page but the search page, the 404 page and redirect pages
 * (lib/site/redirect-page.ts: a listing's archive page while it fills). Whether a page
 * redirects is in its data, not its address, so the filter reads the first bytes of the page
 * Astro wrote into `outDir` (the sitemap is written once every page is).
 */
export function sitemapFilter(outDir: string): (page: string) => boolean {
  return (page) => {
    const path = decodeURI(new URL(page).pathname);
    return !NOT_CONTENT.test(path) && !isRedirectPage(startOf(join(outDir, path, 'index.html')));
  };
}
