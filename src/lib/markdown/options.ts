import type { unified } from '@astrojs/markdown-remark';
import rehypeSlug from 'rehype-slug';
import remarkGfm from 'remark-gfm';
import { rehypeFigureQuotes } from './rehype-figure-quotes.ts';
import { rehypeIsolateLatin } from './rehype-isolate-latin.ts';
import { rehypeLogicalAlign } from './rehype-logical-align.ts';
import { remarkSmartPunctuation } from './remark-smart-punctuation.ts';

/**
 * The Markdown pipeline's options, for `unified()` from @astrojs/markdown-remark. One module,
 * so astro.config.mjs and the article renderer (src/lib/markdown/article-renderer.ts) build the very
 * same pipeline.
 */
export const MARKDOWN_OPTIONS: NonNullable<Parameters<typeof unified>[0]> = {
  // remark-gfm and SmartyPants are ours, listed below in the processor's own order, rather than
  // its built-in copies: SmartyPants then runs only where it changes something.
  gfm: false,
  smartypants: false,
  remarkPlugins: [remarkGfm, remarkSmartPunctuation],
  // Quotes are marked before Latin runs are isolated, while sentences are still whole text.
  rehypePlugins: [rehypeSlug, rehypeFigureQuotes, rehypeIsolateLatin, rehypeLogicalAlign],
};
