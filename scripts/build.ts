/**
 * `npm run build`: the site into dist/ (or $ARABIC_NEWS_OUT_DIR), published only if the
 * whole build succeeds. On failure it exits 1 and dist/ keeps the last good build.
 */
import { relative } from 'node:path';
import { stagedBuild } from './lib/staged-build.ts';

/** Astro's content errors carry the file in `loc`; editors need it more than the entry id. */
function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const file = (error as { loc?: { file?: string } }).loc?.file;
  const message = error.message.replaceAll('**', '');
  return file ? `${relative(process.cwd(), file)}\n${message}` : message;
}

try {
  await stagedBuild(process.env.ARABIC_NEWS_OUT_DIR ?? 'dist');
} catch (error) {
  console.error(`\nBuild failed; nothing was published.\n${describe(error)}`);
  process.exit(1);
}
