/**
 * An article page as the search index reads it. The page readers download carries only the
 * digest of its index-only word forms (`data-search-extras` on its data-pagefind-body element,
 * src/pages/articles/[id].astro); the forms themselves, 1 to 2 KB an article, are in the
 * build's cache (src/data/analysis.ts). Here they are put back, at the end of the indexed
 * element, after the mark the search page cuts excerpts at (src/lib/search/excerpt.ts), so that
 * Pagefind indexes them as part of the page.
 */
import { existsSync, readFileSync } from 'node:fs';
import { escapeHtml, SEARCH_EXTRAS_MARK } from '../../src/lib/search/excerpt.ts';
import { searchExtrasFile } from '../../src/lib/site/build-folders.ts';
import { elementEnd } from './search-pages.ts';

const WITH_EXTRAS = /<([a-zA-Z][\w-]*)\b[^>]*?\sdata-search-extras="([^"]*)"[^>]*>/;
const DIGEST = /^[0-9a-f]{24}$/;

/**
 * `html` with its search forms added; unchanged for a page without `data-search-extras`. An
 * attribute that is no digest, or a digest whose file is not in `extrasDir`, is an error naming
 * the page: its index would silently lack the forms.
 */
export function withSearchExtras(html: string, file: string, extrasDir: string): string {
  const opening = WITH_EXTRAS.exec(html);
  if (!opening) return html;
  const [, tag, digest] = opening;
  if (!DIGEST.test(digest!)) throw new Error(`${file}: data-search-extras="${digest}" is not the digest of an article's search forms`);
  const source = searchExtrasFile(extrasDir, digest!);
  if (!existsSync(source))
    throw new Error(
      `${file}: its search forms (data-search-extras="${digest}") are not in ${extrasDir}; build the pages again with the same cache folder (npm run build)`,
    );
  const extras = readFileSync(source, 'utf8');
  if (extras === '') return html;
  const end = elementEnd(html, opening.index, tag!, file);
  const close = html.lastIndexOf('</', end - 1);
  return `${html.slice(0, close)}<p hidden>${SEARCH_EXTRAS_MARK} ${escapeHtml(extras)}</p>${html.slice(close)}`;
}
