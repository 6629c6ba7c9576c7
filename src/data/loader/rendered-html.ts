import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RenderedArticle } from '../../lib/markdown/article-renderer.ts';

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
  await writeRenderedHtml(file, rendered.html);
  return { html: '', metadata: { ...rendered.metadata, htmlFile: file } };
}

/** Writes whole or not at all: a build stopped mid-write leaves no truncated page behind. */
export async function writeRenderedHtml(file: string, html: string): Promise<void> {
  const partial = `${file}.${process.pid}.partial`;
  await writeFile(partial, html);
  await rename(partial, file);
}

export async function readRenderedHtml(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    throw new Error(`${file}: the article's rendered HTML is missing from the cache; run the build again to render it`, { cause: error });
  }
}

export const hasRenderedHtml = (file: string): boolean => existsSync(file);

export async function ensureRenderedHtmlFolder(folder: string): Promise<void> {
  await mkdir(folder, { recursive: true });
}

/** Removes renders no article uses any more: older versions of edited or deleted articles. */
export async function pruneRenderedHtml(folder: string, used: ReadonlySet<string>): Promise<number> {
  let removed = 0;
  for (const name of await readdir(folder)) {
    const file = join(folder, name);
    if (used.has(file)) continue;
    await rm(file, { force: true });
    removed++;
  }
  return removed;
}
