/**
 * `npm run build`: the site into dist/ (or $ARABIC_NEWS_OUT_DIR), published only if the
 * whole build succeeds. On failure it exits 1 and dist/ keeps the last good build.
 */
import { stagedBuild } from './build/staged-build.ts';

// Astro builds in a child process and prints its own errors, with their files; what reaches
// here is the content check's problems, Astro's exit, or Pagefind's failure.
try {
  await stagedBuild(process.env.ARABIC_NEWS_OUT_DIR ?? 'dist');
} catch (error) {
  console.error(`\nBuild failed; nothing was published.\n${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
