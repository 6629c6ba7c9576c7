/**
 * The pages the search index is built from, read from the built site: each article page's
 * address, its date (the key the index sorts by) and a hash of what Pagefind indexes of it. The
 * plan (search-plan.ts) groups them into bundles by date; the hashes tell which bundles changed.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface SearchPage {
  /** The file, relative to the site's folder: Pagefind derives the page's address from it. */
  sourcePath: string;
  /** The page's address, as Pagefind gives it in results: /articles/<slug>/ */
  url: string;
  /** YYYY-MM-DD, from the page's `data-pagefind-sort="date:…"`. */
  date: string;
  /** SHA-256 of the part of the page Pagefind indexes. */
  hash: string;
}

const BODY_OPENING = /<([a-zA-Z][\w-]*)\b[^>]*?\sdata-pagefind-body(?=[\s=>/])[^>]*>/g;
const DATE_SORT = /\sdata-pagefind-sort="(?:[^"]*,)?date:(\d{4}-\d{2}-\d{2})(?:,[^"]*)?"/;
// Pagefind reads metadata, filters and sort keys anywhere on a page, not only in its body;
// `data-pagefind-ignore` outside the body changes nothing.
const OUTSIDE_BODY_ATTRIBUTE = /\sdata-pagefind-(?!ignore\b)[\w-]+/;

/** Where the element that opens at `start` with tag `tag` ends: after its matching close tag. */
export function elementEnd(html: string, start: number, tag: string, file: string): number {
  const tags = new RegExp(`<(/?)${tag}(?=[\\s>/])[^>]*>`, 'gi');
  tags.lastIndex = start;
  let depth = 0;
  for (let match = tags.exec(html); match; match = tags.exec(html)) {
    depth += match[1] ? -1 : 1;
    if (depth === 0) return match.index + match[0].length;
  }
  throw new Error(`${file}: the <${tag} data-pagefind-body> element is never closed`);
}

/**
 * What Pagefind indexes of a page: the date it sorts by and a hash of its data-pagefind-body
 * elements, which hold everything it reads (text, metadata, filters, sort key). Undefined for
 * a page without such an element, which Pagefind leaves out as well. A page with Pagefind
 * attributes outside its body, or without a date, is an error naming the file: its hash would
 * miss part of what the index holds, or it could not be placed in a bundle.
 */
export function indexedPart(html: string, file: string): { date: string; hash: string } | undefined {
  const bodies: string[] = [];
  let outside = '';
  let from = 0;
  for (const opening of html.matchAll(BODY_OPENING)) {
    if (opening.index < from) continue; // nested in a body already taken whole
    const end = elementEnd(html, opening.index, opening[1]!, file);
    outside += html.slice(from, opening.index);
    bodies.push(html.slice(opening.index, end));
    from = end;
  }
  if (bodies.length === 0) return undefined;
  outside += html.slice(from);
  const stray = OUTSIDE_BODY_ATTRIBUTE.exec(outside);
  if (stray)
    throw new Error(`${file}: ${stray[0].trim()} outside the data-pagefind-body element; put it inside, where the search index reads it`);
  const date = bodies.map((body) => DATE_SORT.exec(body.slice(0, body.indexOf('>') + 1))?.[1]).find(Boolean);
  if (!date) throw new Error(`${file}: its data-pagefind-body element has no data-pagefind-sort="date:YYYY-MM-DD"`);
  return { date, hash: createHash('sha256').update(bodies.join('\n')).digest('base64url') };
}

/** Every article page of a built site that Pagefind would index, as `articles/*∕index.html` finds them. */
export function readSearchPages(siteDir: string): SearchPage[] {
  const articles = join(siteDir, 'articles');
  if (!existsSync(articles)) return [];
  const pages: SearchPage[] = [];
  for (const entry of readdirSync(articles, { withFileTypes: true })) {
    const sourcePath = `articles/${entry.name}/index.html`;
    const file = join(siteDir, sourcePath);
    if (!entry.isDirectory() || !existsSync(file)) continue;
    const part = indexedPart(readFileSync(file, 'utf8'), file);
    if (part) pages.push({ sourcePath, url: `/articles/${entry.name}/`, ...part });
  }
  return pages;
}
