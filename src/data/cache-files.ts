import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Files the build keeps beside Astro's cache, one per article and named by a digest of what
 * they hold, so an unchanged article keeps its file from build to build and a page reads only
 * its own: rendered HTML (loader/rendered-html.ts), search forms (analysis.ts).
 */

/** Writes whole or not at all: a build stopped mid-write leaves no truncated file behind. */
export async function writeWhole(file: string, text: string): Promise<void> {
  const partial = `${file}.${process.pid}.partial`;
  await writeFile(partial, text);
  await rename(partial, file);
}

/** Reads a cached file; `what` names it for the reader of the error. */
export async function readCached(file: string, what: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    throw new Error(`${file}: ${what} is missing from the cache; run the build again to make it`, { cause: error });
  }
}

export const isCached = (file: string): boolean => existsSync(file);

export async function ensureFolder(folder: string): Promise<void> {
  await mkdir(folder, { recursive: true });
}

/** Removes the files of `folder` that are not in `used`: what no article needs any more. */
export async function pruneFolder(folder: string, used: ReadonlySet<string>): Promise<number> {
  let removed = 0;
  for (const name of await readdir(folder)) {
    const file = join(folder, name);
    if (used.has(file)) continue;
    await rm(file, { force: true });
    removed++;
  }
  return removed;
}
