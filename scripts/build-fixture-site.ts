/**
 * Generates a content folder (see generate-corpus.ts) and builds the real site from it into
 * that folder's dist/, leaving the site's own content/ and dist/ alone. The e2e tests use it
 * for what five articles cannot show, such as pagination past twenty articles.
 *
 *   node scripts/build-fixture-site.ts --count 25 --out tests/.fixtures/many [--image]
 */
import { join, resolve } from 'node:path';
import { generateCorpus, parseCorpusArgs } from './generate-corpus.ts';
import { stagedBuild } from './build/staged-build.ts';

const args = parseCorpusArgs('node scripts/build-fixture-site.ts');
const out = resolve(args.out);
generateCorpus(args.count, out, args.image);

// src/content.config.ts and astro.config.mjs read these to build from the fixture.
process.env.ARABIC_NEWS_CONTENT_DIR = join(out, 'content');
process.env.ARABIC_NEWS_CACHE_DIR = join(out, 'cache');
// Small bundles, so that the browser tests search the fixture's articles across bundles
// (25 articles in December: 16 and 9), as a large site is searched.
process.env.ARABIC_NEWS_SEARCH_BUNDLE_PAGES ??= '8';
await stagedBuild(join(out, 'dist'));
console.log(`built ${args.count} generated articles into ${join(out, 'dist')}`);
