import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import type { unified } from '@astrojs/markdown-remark';
import type { CompileReply, CompileRequest } from './mdx-worker.ts';
import { WorkerPool } from './worker-pool.ts';

type Processor = ReturnType<typeof unified>;
type CreateMdxRenderer = NonNullable<Processor['createMdxRenderer']>;
type MdxRenderer = Awaited<ReturnType<CreateMdxRenderer>>;
type MdxResult = Awaited<ReturnType<MdxRenderer['process']>>;

/** What every compiled MDX output depends on besides the file itself: the pipeline's code. */
function pipelineVersion(root: string): string {
  const hash = createHash('sha256');
  const files = ['package-lock.json', 'astro.config.mjs'];
  for (const folder of ['src/lib', 'src/integrations']) {
    for (const name of readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' }).sort()) {
      if (/\.(ts|mjs|js)$/.test(name)) files.push(join(folder, name));
    }
  }
  for (const file of files) {
    hash.update(file);
    try {
      hash.update(readFileSync(join(root, file)));
    } catch {
      hash.update('(none)');
    }
  }
  return hash.digest('hex');
}

/**
 * Compiled MDX on disk, one file per (source, path, frontmatter, options, pipeline code).
 * Every entry read or written is touched, so `pruneUnused` can drop what a build no longer
 * uses.
 */
class CompileCache {
  private readonly folder: string;
  private readonly version: string;

  constructor(folder: string, version: string) {
    this.folder = folder;
    this.version = version;
    mkdirSync(folder, { recursive: true });
  }

  key(parts: unknown[]): string {
    return createHash('sha256').update(this.version).update(JSON.stringify(parts)).digest('hex');
  }

  read(key: string): MdxResult | undefined {
    const file = join(this.folder, `${key}.json`);
    try {
      const result = JSON.parse(readFileSync(file, 'utf8')) as MdxResult;
      const now = new Date();
      utimesSync(file, now, now);
      return result;
    } catch {
      return undefined;
    }
  }

  write(key: string, result: MdxResult): void {
    writeFileSync(join(this.folder, `${key}.json`), JSON.stringify(result));
  }
}

/** Removes compiled entries no build has used since `since`: the build that just succeeded. */
export function pruneUnusedCompiles(cacheDir: string, since: Date): void {
  const folder = join(cacheDir, 'mdx-compiled');
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return;
  }
  for (const name of names) {
    const file = join(folder, name);
    if (statSync(file).mtime < since) rmSync(file, { force: true });
  }
}

/**
 * The MDX processor, compiling in worker threads and remembering what it compiled.
 *
 * Astro compiles every article's MDX on the main thread, one after the other; at 10,000
 * articles that was two minutes of a build on a machine with a second core left idle. Here
 * `availableParallelism()` workers each run the same unified pipeline (src/lib/markdown-
 * options.ts), and an unchanged file (same text, path, frontmatter, options, and the same
 * pipeline code and package versions) is read back from `<cacheDir>/mdx-compiled/` rather
 * than compiled again: a rebuild after editing one article compiles one article.
 */
export function mdxInWorkers(processor: Processor, options: { cacheDir: string; root: string; workerScript: URL }): Processor {
  return {
    ...processor,
    async createMdxRenderer(shared, mdx) {
      const cache = new CompileCache(join(options.cacheDir, 'mdx-compiled'), pipelineVersion(options.root));
      const pool = new WorkerPool<Omit<CompileRequest, 'task'>, CompileReply>(
        options.workerScript,
        { shared, mdx: { ...mdx, srcDir: mdx.srcDir?.href } },
        Math.max(1, availableParallelism()),
      );
      return {
        async process(content, path, frontmatter) {
          const key = cache.key([content, path, frontmatter, shared, mdx]);
          const cached = cache.read(key);
          if (cached) return cached;
          const reply = await pool.run({ content, path, frontmatter });
          if ('error' in reply) {
            const error = Object.assign(new Error(reply.error.message), reply.error);
            throw error;
          }
          cache.write(key, reply.result as MdxResult);
          return reply.result as MdxResult;
        },
      };
    },
  };
}
