/**
 * The sites the e2e recall suites compare our search with, built beside the seed site:
 *
 * - `tests/.fixtures/real-text/{ours,stock}/dist`: the real-text suite's 460 passages built as
 *   our site, and the same pages indexed by stock Pagefind (its defaults, its Arabic stemmer);
 * - `tests/.fixtures/seed-stock/dist`: the seed site (`dist/`, built first by `npm run build`)
 *   indexed by stock Pagefind, so that each class of our own query suite is measured against it;
 * - `tests/.fixtures/false-friends/dist`: every word of the kept false-friend list as an article.
 *
 *   npm run build:recall-sites
 */
import { existsSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { stockCopyOf } from './bench/search-measure.ts';
import { buildPassageSite, buildRealTextSites } from './real-text/measure.ts';
import { falseFriendPassages } from './build/false-friends-site.ts';
import { FALSE_FRIENDS_DIR, REAL_TEXT_DIR, SEED_STOCK_DIST } from './build/recall-sites.ts';

const seedDist = resolve('dist');
if (!existsSync(join(seedDist, 'pagefind'))) {
  console.error('dist/ has no search index: run `npm run build` first.');
  process.exit(1);
}
const pages = await stockCopyOf(seedDist, SEED_STOCK_DIST);
console.log(`indexed the seed site's ${pages} pages with stock Pagefind into ${SEED_STOCK_DIST}`);

await buildRealTextSites(REAL_TEXT_DIR);
console.log(`built the real-text suite and its stock variant into ${REAL_TEXT_DIR}`);

rmSync(FALSE_FRIENDS_DIR, { recursive: true, force: true });
await buildPassageSite(FALSE_FRIENDS_DIR, falseFriendPassages());
console.log(`built the false-friend list as a site into ${FALSE_FRIENDS_DIR}`);
