import * as pagefind from 'pagefind';

/** How a site is indexed: Pagefind's language setting and which files it reads. */
export interface IndexOptions {
  forceLanguage?: string;
  glob?: string;
}

/**
 * The site's own index. `zxx` turns off Pagefind's Arabic stemmer, which made false friends of
 * unrelated words (see README, «How search matches Arabic»); our own word forms are in the
 * pages. Only article pages carry text to index; listings, feeds and exports would only be read.
 */
export const SITE_INDEX: IndexOptions = { forceLanguage: 'zxx', glob: 'articles/*/index.html' };

/**
 * Indexes a built site for search with Pagefind's Node API. `npm run build` calls it after
 * Astro has finished and exited: Pagefind's indexer then never holds its index in memory
 * beside Astro's whole build. The benchmarks call it with `{}`, Pagefind's defaults, for the
 * stock side. Returns the number of files read.
 */
export async function writeSearchIndex(siteDir: string, options: IndexOptions = SITE_INDEX): Promise<number> {
  const { index, errors } = await pagefind.createIndex(options.forceLanguage ? { forceLanguage: options.forceLanguage } : {});
  try {
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory(options.glob ? { path: siteDir, glob: options.glob } : { path: siteDir });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index ${siteDir}: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: `${siteDir}/pagefind` });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}
