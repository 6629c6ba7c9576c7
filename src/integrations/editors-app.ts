/**
 * The editors' web app at /admin/ (src/admin/main.ts: Decap CMS): bundled by esbuild into
 * `dist/admin/` after the site is built, and served by the dev server while `npm run cms` runs.
 * Not an Astro page: it is out of the sitemap, the search index and the feeds by construction,
 * and its scripts and Content-Security-Policy are its own. The bundle (about 5 MB) is built
 * once and kept in node_modules/.cache with the list of files it was made from; a build whose
 * inputs did not change copies it.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as esbuild from 'esbuild';
import type { CmsBackend } from '../lib/cms/config.ts';
import { EDITORS_APP_CONTENT_SECURITY_POLICY } from '../lib/site/content-security-policy.ts';
import { EDITORS_APP_PATH } from '../lib/site/urls.ts';

const ENTRY = resolve('src/admin/main.ts');
/**
 * The last bundle, with the files it was made from. One for the project, not per build cache:
 * the app does not depend on content, so the fixture, test and benchmark sites share it.
 */
const EDITORS_APP_CACHE = resolve('node_modules/.cache/editors-app');

/** Where the app saves, from the deployment's settings (README «Editing in the browser»). */
export function backendFromEnvironment(env: NodeJS.ProcessEnv = process.env): CmsBackend {
  return {
    ...(env.ARABIC_NEWS_CMS_REPO ? { repo: env.ARABIC_NEWS_CMS_REPO } : {}),
    ...(env.ARABIC_NEWS_CMS_BRANCH ? { branch: env.ARABIC_NEWS_CMS_BRANCH } : {}),
    ...(env.ARABIC_NEWS_CMS_AUTH_URL ? { authBaseUrl: env.ARABIC_NEWS_CMS_AUTH_URL } : {}),
  };
}

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/'/g, '&#39;').replace(/</g, '&lt;');

/** What the app's page loads: the bundle, and the stylesheets of the app and of the preview. */
export interface EditorsAppFiles {
  script: string;
  /** The app's own styles (src/admin/rtl.css): Decap right to left. */
  stylesheet: string;
  /** The site's stylesheet, for the article preview; none before the site is built. */
  previewStylesheet: string | undefined;
}

/** The app's page: Arabic, right to left, never indexed, its own policy, one script and one stylesheet. */
export function editorsAppPage({ script, stylesheet, previewStylesheet }: EditorsAppFiles, backend: CmsBackend): string {
  return [
    '<!doctype html>',
    '<html lang="ar" dir="rtl">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="robots" content="noindex, nofollow">',
    `<meta http-equiv="Content-Security-Policy" content="${EDITORS_APP_CONTENT_SECURITY_POLICY}">`,
    '<title>تحرير مرصد الأخبار</title>',
    '<link rel="icon" href="/favicon.svg" type="image/svg+xml">',
    `<link rel="stylesheet" href="${stylesheet}">`,
    '</head>',
    '<body>',
    `<script src="${script}" data-backend='${escapeAttribute(JSON.stringify(backend))}'${previewStylesheet ? ` data-stylesheet="${previewStylesheet}"` : ''} defer></script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

const bundleOptions = {
  entryPoints: [ENTRY],
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: 'es2022',
  define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
  // The licences of what is bundled, in a file beside the bundle.
  legalComments: 'linked',
  logLevel: 'warning',
} satisfies esbuild.BuildOptions;

interface CachedBundle {
  /** Each input file with its size and modification time when the bundle was built. */
  inputs: Record<string, [size: number, mtimeMs: number]>;
  files: string[];
  script: string;
  /** The CSS esbuild emits beside the script for what main.ts imports (src/admin/rtl.css). */
  stylesheet: string;
}

function unchanged(cached: CachedBundle): boolean {
  return Object.entries(cached.inputs).every(([file, [size, mtime]]) => {
    try {
      const stat = statSync(file);
      return stat.size === size && stat.mtimeMs === mtime;
    } catch {
      return false;
    }
  });
}

/** Bundles the app into `folder` (or copies the last bundle, if nothing it was made from changed); returns its script's and stylesheet's names. */
async function bundleInto(folder: string): Promise<Pick<CachedBundle, 'script' | 'stylesheet'>> {
  const cache = EDITORS_APP_CACHE;
  const manifest = join(cache, 'manifest.json');
  if (existsSync(manifest)) {
    const cached = JSON.parse(readFileSync(manifest, 'utf8')) as CachedBundle;
    // A manifest written before the app had a stylesheet names none: built again.
    if (cached.stylesheet && unchanged(cached) && cached.files.every((f) => existsSync(join(cache, f)))) {
      for (const file of cached.files) cpSync(join(cache, file), join(folder, file));
      return { script: cached.script, stylesheet: cached.stylesheet };
    }
  }
  // Built beside the cache and moved into place whole: builds that run at once never read half a bundle.
  const fresh = `${cache}.${process.pid}`;
  rmSync(fresh, { recursive: true, force: true });
  const result = await esbuild.build({ ...bundleOptions, minify: true, outdir: fresh, entryNames: 'cms.[hash]', metafile: true });
  const files = Object.keys(result.metafile.outputs).map((path) => path.slice(path.lastIndexOf('/') + 1));
  const script = files.find((f) => f.endsWith('.js'))!;
  const stylesheet = files.find((f) => f.endsWith('.css'))!;
  const inputs: CachedBundle['inputs'] = Object.fromEntries(
    // Not esbuild's stand-ins for modules a package disables in browsers ("(disabled):fs").
    Object.keys(result.metafile.inputs)
      .filter((path) => !path.startsWith('('))
      .map((path) => {
        const stat = statSync(resolve(path));
        return [resolve(path), [stat.size, stat.mtimeMs] as const];
      }),
  );
  writeFileSync(join(fresh, 'manifest.json'), JSON.stringify({ inputs, files, script, stylesheet } satisfies CachedBundle));
  rmSync(cache, { recursive: true, force: true });
  renameSync(fresh, cache);
  for (const file of files) cpSync(join(cache, file), join(folder, file));
  return { script, stylesheet };
}

/** The site's one stylesheet (astro.config.mjs: cssCodeSplit false), for the article preview. */
function siteStylesheet(outDir: string): string | undefined {
  const assets = join(outDir, '_astro');
  const css = existsSync(assets) ? readdirSync(assets).find((f) => /^style\..*\.css$/.test(f)) : undefined;
  return css ? `/_astro/${css}` : undefined;
}

/** Writes `outDir/admin/`: the app's page and its bundle. */
export async function writeEditorsApp(outDir: string, backend: CmsBackend = backendFromEnvironment()): Promise<void> {
  const folder = join(outDir, 'admin');
  mkdirSync(folder, { recursive: true });
  const { script, stylesheet } = await bundleInto(folder);
  const page = editorsAppPage(
    { script: `${EDITORS_APP_PATH}${script}`, stylesheet: `${EDITORS_APP_PATH}${stylesheet}`, previewStylesheet: siteStylesheet(outDir) },
    backend,
  );
  writeFileSync(join(folder, 'index.html'), page);
}

/** The dev server's names for the bundle's two files (its esbuild context writes `admin/cms.js` and `admin/cms.css`). */
const DEV_FILES = { script: 'cms.js', stylesheet: 'cms.css' } as const;
const DEV_TYPES: Record<string, string> = { '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8' };

export function editorsApp(): AstroIntegration {
  let devBundle: Promise<esbuild.BuildContext> | undefined;
  /** The build the page last asked for: its script and stylesheet come from the same one. */
  let devBuild: Promise<esbuild.BuildResult<{ write: false }>> | undefined;
  const rebuild = () => {
    devBundle ??= esbuild.context({ ...bundleOptions, write: false, outdir: 'admin', entryNames: 'cms', legalComments: 'none' });
    devBuild = devBundle.then((bundle) => bundle.rebuild());
    return devBuild;
  };
  return {
    name: 'arabic-news:editors-app',
    hooks: {
      'astro:build:done': async ({ dir }) => writeEditorsApp(fileURLToPath(dir)),
      // `npm run cms`: the app from the dev server, bundled again whenever its page is loaded.
      // The bundler starts at the first request: Vitest sets up a dev server too, and would wait for it.
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((request, response, next) => {
          const path = new URL(request.url ?? '/', 'http://x').pathname;
          const file = path.slice(EDITORS_APP_PATH.length);
          if (path === EDITORS_APP_PATH || path === `${EDITORS_APP_PATH}index.html`) {
            void rebuild().catch(() => undefined);
            const files = { script: `${EDITORS_APP_PATH}${DEV_FILES.script}`, stylesheet: `${EDITORS_APP_PATH}${DEV_FILES.stylesheet}` };
            response.setHeader('Content-Type', 'text/html; charset=utf-8');
            response.end(editorsAppPage({ ...files, previewStylesheet: undefined }, backendFromEnvironment()));
          } else if (path.startsWith(EDITORS_APP_PATH) && Object.values<string>(DEV_FILES).includes(file)) {
            void (devBuild ?? rebuild()).then((built) => {
              const output = built.outputFiles.find((f) => f.path.endsWith(`/${file}`));
              response.setHeader('Content-Type', DEV_TYPES[file.slice(file.lastIndexOf('.'))]!);
              response.end(output?.contents ?? '');
            }, next);
          } else next();
        });
      },
      'astro:server:done': async () => {
        await (await devBundle)?.dispose();
      },
    },
  };
}
