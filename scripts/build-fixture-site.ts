/**
 * Generates a content folder (see generate-corpus.ts) and builds the real site from it into
 * that folder's dist/, leaving the site's own content/ and dist/ alone. The e2e tests use it
 * for what five articles cannot show, such as pagination past twenty articles.
 *
 *   node scripts/build-fixture-site.ts --count 25 --out tests/.fixtures/many [--image]
 */
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus } from './generate-corpus.ts';
import { stagedBuild } from './lib/staged-build.ts';

const { values } = parseArgs({
  options: { count: { type: 'string' }, out: { type: 'string' }, image: { type: 'boolean', default: false } },
});
const count = Number(values.count);
if (!Number.isInteger(count) || count < 1 || !values.out) {
  console.error('usage: node scripts/build-fixture-site.ts --count N --out FOLDER [--image]');
  process.exit(2);
}
const out = resolve(values.out);
generateCorpus(count, out, values.image);

// src/content.config.ts and astro.config.mjs read these to build from the fixture.
process.env.ARABIC_NEWS_CONTENT_DIR = join(out, 'content');
process.env.ARABIC_NEWS_CACHE_DIR = join(out, 'cache');
await stagedBuild(join(out, 'dist'));
console.log(`built ${count} generated articles into ${join(out, 'dist')}`);
