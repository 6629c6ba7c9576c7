import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/**
 * Builds the search index inside `astro build`, with Pagefind's Node API, once every page is
 * written: `dist/` is never without its index, and a failed indexing fails the build.
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'arabic-news:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zxx' });
        try {
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: fileURLToPath(dir) });
          if (added.errors.length > 0) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: fileURLToPath(new URL('pagefind/', dir)) });
          if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
          logger.info(`search index written from ${added.page_count} pages`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
