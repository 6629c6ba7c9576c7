import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** The module through which Astro's getCollection() loads the content store in a build. */
const DATA_STORE_MODULE = '\0astro:data-layer-content';
/** Its file in a build, as Astro names it (astro/dist/content/paths.js, getDataStoreFile). */
const DATA_STORE_FILE = 'data-store.json';

/**
 * Astro's marker for a module that holds content data (astro/dist/core/build/incremental-metadata.js):
 * its incremental build leaves such a module out of the pages' code hashes, since pages are keyed
 * by their data. tests/unit/data-store-from-file.test.ts holds it to Astro's own.
 */
export const CONTENT_DATA_META = { astroIncremental: { kind: 'content-data' } } as const;

/**
 * The code that replaces Astro's content-store module in a build: the same store, read from its
 * file and parsed when the build first asks for a collection. Astro's own module embeds the
 * store as one string literal (`export default JSON.parse("…")`), and V8's compile time of a
 * module grows faster than linearly with a string literal's length: measured here, 1.0 s for
 * 7 MB of the store, 3.3 s for 14 MB, 13.6 s for 28 MB; at 100,000 articles the store is
 * 140 MB and compiling that module took 272 of the 450 s before the first page was written.
 * JSON.parse of the file is linear, about a second at that size. Any other code (a future
 * Astro, the chunked storage) is left as it is.
 */
export function storeFromFile(code: string, storeFile: string): string | undefined {
  if (!code.startsWith('export default JSON.parse(')) return undefined;
  return ["import { readFileSync } from 'node:fs';", `export default JSON.parse(readFileSync(${JSON.stringify(storeFile)}, 'utf8'));`].join(
    '\n',
  );
}

/** In `astro build`, the content store is read from its file rather than compiled as code. */
export function dataStoreFromFile(): AstroIntegration {
  return {
    name: 'arabic-news:data-store-from-file',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        const storeFile = fileURLToPath(new URL(DATA_STORE_FILE, config.cacheDir));
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'arabic-news:data-store-from-file',
                enforce: 'pre',
                transform: {
                  filter: { id: new RegExp(`^${DATA_STORE_MODULE}$`) },
                  handler(code: string) {
                    const replaced = storeFromFile(code, storeFile);
                    return replaced === undefined ? undefined : { code: replaced, map: { mappings: '' }, meta: CONTENT_DATA_META };
                  },
                },
              },
            ],
          },
        });
      },
    },
  };
}
