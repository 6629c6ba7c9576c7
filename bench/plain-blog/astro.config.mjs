// @ts-check
// The baseline of `npm run bench`: a stock Astro 7 blog, MDX and nothing else, every option
// at its default but where the benchmark puts its input and output.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  // The benchmark builds into its own work folder; by default, beside this file.
  outDir: process.env.PLAIN_OUT_DIR ?? './dist',
  cacheDir: process.env.PLAIN_CACHE_DIR ?? './node_modules/.astro',
  integrations: [mdx()],
});
