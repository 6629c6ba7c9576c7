import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'astro';
import { formatProblems } from '../../src/lib/references.ts';
import { checkRawDates } from './check-raw-dates.ts';

/**
 * Builds the site into `<outDir>.staging` and only when every page was written does it
 * replace `outDir` with it. A failed build leaves the last good site exactly as it was:
 * nothing half-built is ever published.
 */
export async function stagedBuild(outDir: string): Promise<void> {
  const target = resolve(outDir);
  const staging = `${target}.staging`;
  const previous = `${target}.previous`;
  const problems = checkRawDates(process.env.ARABIC_NEWS_CONTENT_DIR ?? 'content');
  if (problems.length > 0) throw new Error(`Dates that do not exist:\n${formatProblems(problems)}`);
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
