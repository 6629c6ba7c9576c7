/**
 * A page that only sends the reader on: an address that must answer (a link points at it) but
 * has nothing of its own to show yet, such as a listing's archive page that is still filling.
 * A static host cannot answer with an HTTP redirect, so it is an HTML file with a zero-delay
 * refresh (which WCAG allows: no timed refresh), a link for a browser that ignores the refresh,
 * `noindex`, and the target as its canonical address. No stylesheet, no script: a few hundred bytes.
 */

import { SITE } from '../../site.ts';
import { absoluteUrl } from './urls.ts';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escape = (text: string) => text.replace(/[&<>"]/g, (c) => ESCAPES[c]!);

/** What every redirect page carries, and only they: how the sitemap leaves them out. */
export const REDIRECT_MARK = '<meta http-equiv="refresh"';

export interface Redirect {
  /** Where the reader is sent: a root-relative path. */
  to: string;
  /** The same address, absolute, for search engines. */
  canonical: string;
  /** The page's title, with the site's name. */
  title: string;
  /** One Arabic sentence, with `{link}` where the link to `to` goes. */
  text: string;
  /** The link's own words. */
  linkText: string;
}

export function redirectPage({ to, canonical, title, text, linkText }: Redirect): string {
  const link = `<a href="${escape(to)}">${escape(linkText)}</a>`;
  const [before = '', after = ''] = text.split('{link}');
  return [
    '<!doctype html>',
    '<html lang="ar" dir="rtl">',
    '<head>',
    '<meta charset="utf-8">',
    `${REDIRECT_MARK} content="0; url=${escape(to)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="robots" content="noindex">',
    `<link rel="canonical" href="${escape(canonical)}">`,
    `<title>${escape(title)}</title>`,
    '</head>',
    '<body>',
    `<p>${escape(before)}${link}${escape(after)}</p>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/**
 * The address of a listing's archive page that is not full yet: the newest archive page links
 * to it as its newer neighbour (so that its own bytes need not change when the page fills), and
 * an old link from before archive pages were numbered from the oldest may name it. Until it is
 * full it opens the listing's first page, which shows those articles.
 */
export function pendingArchivePage(first: string, name: string, site: URL | undefined): Response {
  const html = redirectPage({
    to: first,
    canonical: absoluteUrl(first, site),
    title: `${name} | ${SITE.name}`,
    text: 'لم تكتمل هذه الصفحة من الأرشيف بعد، ومقالاتها في {link}.',
    linkText: 'الصفحة الأولى',
  });
  return new Response(html, { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
}

/** Whether the start of a built HTML file is a redirect page (the mark is in its first 200 bytes). */
export const isRedirectPage = (start: string): boolean => start.slice(0, 200).includes(REDIRECT_MARK);
