import { codeVersion, importedModules } from '../../lib/site/code-version.ts';

/** Where rendering starts: the loader, the worker that renders and the body splitter. */
const ENTRY_POINTS = ['src/data/loader/articles-loader.ts', 'src/data/loader/render-worker.ts', 'src/data/loader/article-body.ts'];
/** What changes a render without being imported: package versions and the Astro config. */
const SETTINGS = ['package-lock.json', 'astro.config.mjs'];

/** The project files rendering runs, found by following relative imports from the entry points. */
export function renderingModules(root: string): string[] {
  return importedModules(root, ENTRY_POINTS);
}

/**
 * A hash of everything a rendered article depends on besides its own file: package versions,
 * the Astro config, and the code rendering runs (the loader, its worker and every module they
 * import, i.e. the Markdown pipeline and its plugins). Stored renders carry it, so a change to
 * the pipeline renders every article again, and a change to anything else (the ledger, search,
 * a page) renders none.
 */
export function pipelineVersion(root: string): string {
  return codeVersion(root, ENTRY_POINTS, SETTINGS);
}
