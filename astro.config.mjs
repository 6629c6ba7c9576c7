// @ts-check
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { MARKDOWN_OPTIONS } from './src/lib/markdown/options.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { CACHE_DIR, OUT_DIR } from './src/lib/site/build-folders.ts';
import { sitemapFilter } from './src/integrations/sitemap-filter.ts';
import { dataStoreFromFile } from './src/integrations/data-store-from-file.ts';
import { editorsApp } from './src/integrations/editors-app.ts';

// Where the site is served: canonical links, feeds and sitemaps are absolute. Deployments set
// SITE_URL; without it, the local preview's address is the honest answer.
const site = process.env.SITE_URL ?? 'http://localhost:4321';

export default defineConfig({
  site,
  outDir: OUT_DIR,
  cacheDir: CACHE_DIR,
  trailingSlash: 'always',
  // One stylesheet for the whole site (cssCodeSplit: false below), content-hashed and linked
  // from every page: a reader's browser fetches it once, and 10 KB of CSS is not copied into
  // each of 100,000 pages (it was 30% of an article page's HTML).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  markdown: {
    // Astro 7's default processor (Sätteri) ignores remark/rehype plugins; unified() runs them:
    // remark-gfm, rehype-slug and our own (src/lib/markdown/options.ts).
    processor: unified(MARKDOWN_OPTIONS),
    // Articles have no code blocks: Shiki would only be loaded and run over every file.
    syntaxHighlight: false,
  },
  integrations: [
    // Articles never go through it: they are data, rendered to HTML in the content layer
    // (src/data/loader/articles-loader.ts). It compiles MDX pages, should the site get any, with the
    // same pipeline.
    mdx({ optimize: true }),
    // Not the search page with no query, the 404 page or redirect pages: not content to index.
    sitemap({ filter: sitemapFilter(resolve(fileURLToPath(new URL('.', import.meta.url)), OUT_DIR)) }),
    securityHeaders(),
    // The content store read from its file, not compiled as one giant module (see the file).
    dataStoreFromFile(),
    // The editors' web app at /admin/ (Decap CMS), its own bundle and policy.
    editorsApp(),
  ],
  experimental: {
    // Article pages whose key is unchanged (src/lib/site/page-keys.ts) are copied from the last build
    // rather than rendered again: a rebuild after one edit renders what the edit touched.
    incrementalBuild: true,
  },
  vite: {
    // The search worker is started as a module (type: 'module'), and loads Pagefind by import().
    worker: { format: 'es' },
    build: {
      // Scripts stay files, never inlined: a Content-Security-Policy without 'unsafe-inline'.
      assetsInlineLimit: 0,
      // One stylesheet for every page rather than one per route: pages share it from the cache.
      cssCodeSplit: false,
      rollupOptions: {
        onwarn(warning, warn) {
          // withastro/astro#18087: Rolldown warns once per MDX file that Astro's own
          // "use astro:head-inject" directive may not be preserved; it is harmless, and at
          // thousands of articles it buries every real warning.
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
