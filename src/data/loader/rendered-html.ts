import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RenderedArticle } from '../../lib/markdown/article-renderer.ts';
import { readCached, writeWhole } from '../cache-files.ts';

/**
 * Articles' rendered HTML, kept on disk beside Astro's data store rather than in it: one file
 * per render, named by the article's digest (its text and the pipeline's code), so an unchanged
 * article keeps its file from build to build. In the store the HTML made the store grow with the
 * corpus in one string (70 MB at 10,000 articles; past V8's string limit at 100,000) and be held
 * whole in the memory of every page's build; on disk each page reads only its own.
 */
export const RENDERED_HTML_FOLDER = 'rendered-articles';

/** Where rendered articles are kept for a cache folder (Astro's `cacheDir`). */
export const renderedHtmlFolder = (cacheDir: URL): string => fileURLToPath(new URL(`${RENDERED_HTML_FOLDER}/`, cacheDir));

export const renderedHtmlFile = (folder: string, digest: string): string => join(folder, `${digest}.html`);

/** A render as the store keeps it: without its HTML when that is on disk, in `htmlFile`. */
export interface StoredRender {
  html: string;
  metadata: RenderedArticle['metadata'] & { htmlFile?: string };
}

/**
 * Writes a render's HTML to `file` and returns what the store keeps of it. Astro's render()
 * resolves pictures in an article's body from the HTML in the store, so an article with
 * pictures in its body keeps its HTML there; nearly all have none.
 */
export async function storeRender(rendered: RenderedArticle, file: string): Promise<StoredRender> {
  if (rendered.metadata.imagePaths.length > 0) return rendered;
  await writeWhole(file, rendered.html);
  return { html: '', metadata: { ...rendered.metadata, htmlFile: file } };
}

export const readRenderedHtml = (file: string): Promise<string> => readCached(file, "the article's rendered HTML");
