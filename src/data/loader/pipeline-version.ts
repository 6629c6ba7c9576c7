import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/** Where rendering starts: the loader, the worker that renders and the body splitter. */
const ENTRY_POINTS = ['src/data/loader/articles-loader.ts', 'src/data/loader/render-worker.ts', 'src/data/loader/article-body.ts'];
/** What changes a render without being imported: package versions and the Astro config. */
const SETTINGS = ['package-lock.json', 'astro.config.mjs'];
/** A relative module specifier in an import, an export … from, a dynamic import or a worker URL. */
const RELATIVE_SPECIFIER = /(?:from\s+|import\s*\(\s*|new URL\(\s*)['"](\.{1,2}\/[^'"]+)['"]/g;

/** The project files rendering runs, found by following relative imports from the entry points. */
export function renderingModules(root: string): string[] {
  const seen = new Set<string>();
  const pending = ENTRY_POINTS.map((file) => resolve(root, file));
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(RELATIVE_SPECIFIER)) {
      const target = resolve(dirname(file), specifier!);
      if (/\.(ts|mts|mjs|js)$/.test(target)) pending.push(target);
    }
  }
  return [...seen].map((file) => relative(root, file).split('\\').join('/')).sort();
}

/**
 * A hash of everything a rendered article depends on besides its own file: package versions,
 * the Astro config, and the code rendering runs (the loader, its worker and every module they
 * import, i.e. the Markdown pipeline and its plugins). Stored renders carry it, so a change to
 * the pipeline renders every article again, and a change to anything else (the ledger, search,
 * a page) renders none.
 */
export function pipelineVersion(root: string): string {
  const hash = createHash('sha256');
  for (const file of [...SETTINGS, ...renderingModules(root)]) {
    hash.update(`${file}\u0000`);
    try {
      hash.update(readFileSync(join(root, file)));
    } catch {
      hash.update('(none)');
    }
  }
  return hash.digest('hex');
}
