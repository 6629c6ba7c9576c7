import { contentCheckCacheFile } from '../../src/lib/site/build-folders.ts';
import { spawn } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { formatProblem } from '../../src/lib/check/problem.ts';
import { checkContent } from '../../src/lib/check/content.ts';
import { publishedBundles, writeSearchIndex } from './search-index.ts';

const ASTRO = resolve('node_modules/astro/bin/astro.mjs');

/** `astro build` into `outDir`, as a child process: its memory is its own, and freed on exit. */
function startAstroBuild(outDir: string) {
  const child = spawn(process.execPath, [ASTRO, 'build'], {
    env: { ...process.env, ARABIC_NEWS_OUT_DIR: outDir },
    stdio: 'inherit',
  });
  const exited = new Promise<number>((done, failed) => {
    child.on('error', failed);
    child.on('exit', (code, signal) => done(code ?? (signal ? 1 : 0)));
  });
  return { exited, stop: () => child.kill('SIGTERM') };
}

/**
 * Builds the site into `<outDir>.staging` and only when every page and the search index are
 * written does it replace `outDir` with it. A failed build leaves the last good site exactly as
 * it was: nothing half-built is ever published. The site it replaces is kept beside it as
 * `<outDir>.previous` (a site to roll back to) until the next build, which deletes it.
 *
 * Three steps, each in the process that suits it: Astro builds in a child process while this
 * one runs the editors' check (npm run check) on the other core; bad content stops Astro
 * there and then, and every problem is reported at once. Nothing in an article is ever run as
 * code (src/data/loader/articles-loader.ts renders it as data), so Astro need not wait for the check.
 * Pagefind indexes after Astro has exited, so the two never hold their memory at the same time,
 * in bundles, each in a process of its own (search-index.ts); a bundle whose pages did not
 * change is copied from the site being replaced. With `search: false` the site is published
 * without its search index, for the deploy workflow, which builds the bundles as jobs of their
 * own and then adds them (scripts/search-bundles.ts).
 */
export async function stagedBuild(outDir: string, { search = true } = {}): Promise<void> {
  const target = resolve(outDir);
  const staging = `${target}.staging`;
  const previous = `${target}.previous`;
  rmSync(staging, { recursive: true, force: true });
  // The site the last build replaced is deleted now, while Astro builds: deleting a site of
  // 100,000 articles takes minutes of file-system calls, which this process would otherwise
  // spend at the end of the build, when it is the only work left.
  const discarding = rm(previous, { recursive: true, force: true });
  const astro = startAstroBuild(staging);
  const { problems } = checkContent(process.env.ARABIC_NEWS_CONTENT_DIR ?? 'content', { cacheFile: contentCheckCacheFile() });
  if (problems.length > 0) {
    astro.stop();
    await Promise.all([astro.exited.catch(() => undefined), discarding]);
    rmSync(staging, { recursive: true, force: true });
    throw new Error(`${problems.map(formatProblem).join('\n')}\n\n${problems.length} problem(s): run npm run check after fixing them.`);
  }
  try {
    const code = await astro.exited;
    if (code !== 0) throw new Error(`astro build stopped (exit code ${code}); its messages are above.`);
    if (search) {
      const indexing = performance.now();
      const { pages, built, reused } = await writeSearchIndex(staging, { reuseFrom: publishedBundles(target) });
      const seconds = ((performance.now() - indexing) / 1000).toFixed(1);
      console.log(`search index of ${pages} articles in ${seconds} s; bundles built: ${built.length}, reused: ${reused.length}`);
    }
  } catch (error) {
    await discarding;
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  await discarding;
  if (existsSync(target)) renameSync(target, previous);
  renameSync(staging, target);
}
