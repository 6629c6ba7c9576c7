import * as pagefind from 'pagefind';

/**
 * Indexes a built site for search with Pagefind's Node API, after Astro has finished and
 * exited: Pagefind's indexer then never holds its index in memory beside Astro's whole build.
 * `zxx` turns off Pagefind's Arabic stemmer, which made false friends of unrelated words
 * (see README, «How search matches Arabic»); our own word forms are in the pages.
 */
export async function writeSearchIndex(siteDir: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zxx' });
  try {
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    // Only article pages carry text to index; listings, feeds and exports would only be read.
    const added = await index.addDirectory({ path: siteDir, glob: 'articles/*/index.html' });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: `${siteDir}/pagefind` });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}
