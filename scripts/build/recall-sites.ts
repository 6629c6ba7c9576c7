/** Where `npm run build:recall-sites` builds the sites the e2e recall suites search. */
import { resolve } from 'node:path';

/** The real-text suite as our site (`ours/dist`) and as stock Pagefind over the same pages (`stock/dist`). */
export const REAL_TEXT_DIR = resolve('tests/.fixtures/real-text');
/** The seed site indexed by stock Pagefind. */
export const SEED_STOCK_DIST = resolve('tests/.fixtures/seed-stock/dist');
/** The kept false-friend list as a site of one-word articles (false-friends-site.ts). */
export const FALSE_FRIENDS_DIR = resolve('tests/.fixtures/false-friends');
