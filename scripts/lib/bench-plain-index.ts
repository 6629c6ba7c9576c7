/**
 * The plain blog's search index, as a stock site would make it: Pagefind's Node API with its
 * defaults over the whole built site, exactly as the stock side of scripts/bench-search.ts.
 * `npm run bench` runs this as its own process after `astro build`, so its time and memory
 * are measured like the build's.
 *
 *   node scripts/lib/bench-plain-index.ts <dist folder>
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as pagefind from 'pagefind';
import { STOCK_PAGE, STOCK_PAGE_FOLDER } from './search-measure.ts';

const folder = process.argv[2];
if (!folder) {
  console.error('usage: node scripts/lib/bench-plain-index.ts <dist folder>');
  process.exit(2);
}
const dist = resolve(folder);

// A blog with search has a search page: Pagefind's documented JS API, which the benchmark
// then opens in chromium. Written before indexing, as bench-search.ts does.
mkdirSync(join(dist, STOCK_PAGE_FOLDER), { recursive: true });
writeFileSync(join(dist, STOCK_PAGE_FOLDER, 'index.html'), STOCK_PAGE);

const { index, errors } = await pagefind.createIndex({});
try {
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: dist });
  if (added.errors.length > 0) throw new Error(`Pagefind could not index ${dist}: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: join(dist, 'pagefind') });
  if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
  console.log(`stock Pagefind indexed ${added.page_count} pages`);
} finally {
  await pagefind.close();
}
