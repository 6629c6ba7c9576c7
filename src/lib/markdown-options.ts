import type { unified } from '@astrojs/markdown-remark';
import rehypeSlug from 'rehype-slug';
import remarkGfm from 'remark-gfm';
import { rehypeFigureQuotes } from './rehype-figure-quotes.ts';
import { rehypeIsolateLatin } from './rehype-isolate-latin.ts';
import { rehypeLogicalAlign } from './rehype-logical-align.ts';

/**
 * The Markdown pipeline's options, for `unified()` from @astrojs/markdown-remark. One module,
 * so astro.config.mjs and the MDX compile workers (src/integrations/mdx-worker.ts) build the
 * very same pipeline.
 */
export const MARKDOWN_OPTIONS: Parameters<typeof unified>[0] = {
  // remark-gfm is ours, listed below, rather than the processor's built-in copy.
  gfm: false,
  remarkPlugins: [remarkGfm],
  // Quotes are marked before Latin runs are isolated, while sentences are still whole text.
  rehypePlugins: [rehypeSlug, rehypeFigureQuotes, rehypeIsolateLatin, rehypeLogicalAlign],
};
