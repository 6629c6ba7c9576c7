// @ts-check
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { MARKDOWN_OPTIONS } from './src/lib/markdown/options.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { sitemapFilter } from './src/integrations/sitemap-filter.ts';

// Test fixtures and benchmarks build the same site from another content folder into
// another output folder; the defaults are the real site.
const outDir = process.env.ARABIC_NEWS_OUT_DIR ?? './dist';
const cacheDir = process.env.ARABIC_NEWS_CACHE_DIR ?? './node_modules/.astro';

// Where the site is served: canonical links, feeds and sitemaps are absolute. Deployments set
// SITE_URL; without it, the local preview's address is the honest answer.
const site = process.env.SITE_URL ?? 'http://localhost:4321';

export default defineConfig({
  site,
  outDir,
  cacheDir,
  trailingSlash: 'always',
  // Stylesheets inline: a phone renders the page from its first response, with no
  // render-blocking request (about 3 KB compressed a page; style-src allows inline styles).
  build: { format: 'directory', inlineStylesheets: 'always', concurrency: 4 },
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
    sitemap({ filter: sitemapFilter(resolve(fileURLToPath(new URL('.', import.meta.url)), outDir)) }),
    securityHeaders(),
  ],
  experimental: {
    // Article pages whose key is unchanged (src/lib/site/page-keys.ts) are copied from the last build
    // rather than rendered again: a rebuild after one edit renders what the edit touched.
    incrementalBuild: true,
  },
  vite: {
    build: {
      // Scripts stay files, never inlined: a Content-Security-Policy without 'unsafe-inline'.
      assetsInlineLimit: 0,
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
