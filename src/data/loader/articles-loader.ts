import { readdir, readFile } from 'node:fs/promises';
import { relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import pLimit from 'p-limit';
import type { RendererSettings } from '../../lib/markdown/article-renderer.ts';
import { parseArticle } from './article-body.ts';
import { pipelineVersion } from './pipeline-version.ts';
import { createRenderPool, type RenderInWorker } from './render-pool.ts';
import { renderedHtmlFile, renderedHtmlFolder, type StoredRender } from './rendered-html.ts';
import { ensureFolder, isCached, pruneFolder } from '../cache-files.ts';

interface Options {
  /** The articles folder, relative to the project root. */
  base: string;
  /** An article's id from its path relative to the root; throws on a name that is no slug. */
  generateId: (path: string) => string;
}

// Files read and rendered at once: enough to keep every worker busy, few enough to hold.
const IN_FLIGHT = 64;

/**
 * The articles collection: every `.mdx` file under `base`, its frontmatter checked by the
 * collection's schema and its body rendered to HTML here, in the content layer, by the site's
 * Markdown pipeline (src/lib/markdown/article-renderer.ts) in one worker thread per core.
 *
 * Articles are data, so they are never compiled into JavaScript modules: Vite bundles no
 * article. Each article's HTML is kept on disk, one file per render (rendered-html.ts), and
 * Astro's data store keeps the rest between builds. An unchanged file (same text, same pipeline
 * code) keeps its stored render, so a rebuild after editing one article renders one article.
 */
export function articlesLoader({ base, generateId }: Options): Loader {
  return {
    name: 'articles-loader',
    async load(context: LoaderContext): Promise<void> {
      const root = fileURLToPath(context.config.root);
      const folder = resolve(root, base);
      const version = pipelineVersion(root);
      const settings: RendererSettings = {
        syntaxHighlight: context.config.markdown.syntaxHighlight,
        image: { domains: context.config.image.domains, remotePatterns: context.config.image.remotePatterns },
      };
      const render = createRenderPool(settings);
      const htmlFolder = renderedHtmlFolder(context.config.cacheDir);
      await ensureFolder(htmlFolder);
      const sync = (file: string) => syncArticle(context, { file, root, version, generateId, render, htmlFolder });

      const files = (await readdir(folder, { recursive: true, encoding: 'utf8' }))
        .filter((name) => name.endsWith('.mdx'))
        .sort()
        .map((name) => resolve(folder, name));
      const kept = new Map<string, string>();
      await pLimit(IN_FLIGHT).map(files, async (file) => {
        const id = await sync(file);
        const other = kept.get(id);
        if (other) throw new Error(`${relative(root, file)} and ${relative(root, other)} are both the article "${id}": rename one of them`);
        kept.set(id, file);
      });
      for (const id of [...context.store.keys()]) if (!kept.has(id)) context.store.delete(id);
      const used = new Set(
        context.store.values().flatMap((entry) => (entry.rendered as StoredRender | undefined)?.metadata.htmlFile ?? []),
      );
      await pruneFolder(htmlFolder, used);

      // astro dev: follow edits, additions and deletions as they happen.
      const { watcher } = context;
      if (!watcher) return;
      watcher.add(folder);
      const inFolder = (path: string) => path.startsWith(folder + sep) && path.endsWith('.mdx');
      const onChange = async (path: string) => {
        if (!inFolder(path)) return;
        try {
          await sync(path);
          context.logger.info(`reloaded ${relative(root, path)}`);
        } catch (error) {
          context.logger.error((error as Error).message);
        }
      };
      watcher.on('change', onChange);
      watcher.on('add', onChange);
      watcher.on('unlink', (path) => {
        if (inFolder(path)) context.store.delete(generateId(relative(root, path)));
      });
    },
  };
}

interface SyncOptions {
  file: string;
  root: string;
  version: string;
  generateId: Options['generateId'];
  render: RenderInWorker;
  /** Where rendered HTML is kept (rendered-html.ts). */
  htmlFolder: string;
}

/** Reads, checks and renders one article into the store, unless it is stored unchanged. */
async function syncArticle({ store, parseData, generateDigest }: LoaderContext, options: SyncOptions): Promise<string> {
  const { file, root, version, generateId, render, htmlFolder } = options;
  const path = relative(root, file).split(sep).join('/');
  const id = generateId(path);
  const contents = await readFile(file, 'utf8');
  const digest = generateDigest(`${version}\n${contents}`);
  const htmlFile = renderedHtmlFile(htmlFolder, digest);
  const stored = store.get(id);
  const storedHtml = (stored?.rendered as StoredRender | undefined)?.metadata.htmlFile;
  if (stored?.digest === digest && (storedHtml === undefined || isCached(storedHtml))) return id;

  let parsed: ReturnType<typeof parseArticle>;
  try {
    parsed = parseArticle(contents);
  } catch (error) {
    throw new Error(
      `${path}: the frontmatter between the --- lines cannot be read (${(error as Error).message.split('\n')[0]}) — npm run check shows where`,
      { cause: error },
    );
  }
  const data = await parseData({ id, data: parsed.frontmatter, filePath: file });
  let rendered: StoredRender;
  try {
    rendered = await render(parsed.content, parsed.frontmatter, file, htmlFile);
  } catch (error) {
    const { message, line } = error as Error & { line?: number };
    throw new Error(`${path}${line ? `:${line}` : ''}: ${message}`, { cause: error });
  }
  // No body in the store: Astro writes the whole store into the build's server bundle, where
  // 10,000 bodies cost seconds to write, compile and parse. The catalog reads them from the
  // files instead (article-body.ts), once per build.
  store.set({ id, data, filePath: path, digest, rendered, assetImports: rendered.metadata.imagePaths });
  return id;
}
