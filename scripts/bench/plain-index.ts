/**
 * The plain blog's search index, as a stock site would make it: Pagefind's Node API with its
 * defaults over the whole built site, exactly as the stock side of scripts/bench-search.ts.
 * `npm run bench` runs this as its own process after `astro build`, so its time and memory
 * are measured like the build's.
 *
 *   node scripts/bench/plain-index.ts <dist folder>
 */
import { resolve } from 'node:path';
import { indexAsStock } from './search-measure.ts';

const folder = process.argv[2];
if (!folder) {
  console.error('usage: node scripts/bench/plain-index.ts <dist folder>');
  process.exit(2);
}
console.log(`stock Pagefind indexed ${await indexAsStock(resolve(folder))} pages`);
