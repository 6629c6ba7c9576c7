import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'astro';
import { formatProblem } from '../../src/lib/check/problem.ts';
import { checkContent } from './check-content.ts';

/**
 * Builds the site into `<outDir>.staging` and only when every page was written does it
 * replace `outDir` with it. A failed build leaves the last good site exactly as it was:
 * nothing half-built is ever published.
 */
export async function stagedBuild(outDir: string): Promise<void> {
  const target = resolve(outDir);
  const staging = `${target}.staging`;
  const previous = `${target}.previous`;
  // The editors' check first (npm run check): bad content never reaches Astro, so nothing
  // is built from it, and every problem is reported at once.
  const { problems } = checkContent(process.env.ARABIC_NEWS_CONTENT_DIR ?? 'content');
  if (problems.length > 0) {
    throw new Error(`${problems.map(formatProblem).join('\n')}\n\n${problems.length} problem(s): run npm run check after fixing them.`);
  }
  rmSync(staging, { recursive: true, force: true });
  // astro.config.mjs reads the output folder from here.
  process.env.ARABIC_NEWS_OUT_DIR = staging;
  try {
    await build({});
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  rmSync(previous, { recursive: true, force: true });
  if (existsSync(target)) renameSync(target, previous);
  renameSync(staging, target);
  rmSync(previous, { recursive: true, force: true });
}
