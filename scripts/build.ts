/**
 * `npm run build`: the site into dist/ (or $ARABIC_NEWS_OUT_DIR), published only if the
 * whole build succeeds. On failure it exits 1 and dist/ keeps the last good build.
 *
 * `npm run build -- --no-search` publishes the pages without the search index, which
 * scripts/search-bundles.ts then builds bundle by bundle (the deploy workflow's jobs).
 */
import { parseArgs } from 'node:util';
import { stagedBuild } from './build/staged-build.ts';

const { values } = parseArgs({ options: { 'no-search': { type: 'boolean', default: false } } });

// Astro builds in a child process and prints its own errors, with their files; what reaches
// here is the content check's problems, Astro's exit, or Pagefind's failure.
try {
  await stagedBuild(process.env.ARABIC_NEWS_OUT_DIR ?? 'dist', { search: !values['no-search'] });
} catch (error) {
  console.error(`\nBuild failed; nothing was published.\n${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
