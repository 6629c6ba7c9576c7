import { createMarkdownProcessor, type AstroMarkdownOptions } from '@astrojs/markdown-remark';
import remarkMdx from 'remark-mdx';
import { MARKDOWN_OPTIONS } from './options.ts';
import { remarkArticleHtml } from './remark-article-html.ts';

/** What the content layer stores for an article: its HTML and what its page needs beside it. */
export interface RenderedArticle {
  html: string;
  metadata: {
    headings: { depth: number; slug: string; text: string }[];
    /** Pictures in the body, for Astro to optimise when the page renders. */
    imagePaths: string[];
  };
}

/** The parts of Astro's Markdown settings that reach the renderer (plain data, for workers). */
export type RendererSettings = Pick<AstroMarkdownOptions, 'syntaxHighlight' | 'image'>;

/**
 * Renders an article's MDX body to HTML with the site's Markdown pipeline
 * (src/lib/markdown/options.ts), read as MDX (remark-mdx) with its few HTML elements made
 * plain HTML (src/lib/markdown/remark-article-html.ts). Articles are data, so nothing in one is ever
 * compiled to code or run.
 */
export async function createArticleRenderer(settings: RendererSettings) {
  const processor = await createMarkdownProcessor({
    ...settings,
    ...MARKDOWN_OPTIONS,
    remarkPlugins: [remarkMdx, ...(MARKDOWN_OPTIONS.remarkPlugins ?? []), remarkArticleHtml],
  });
  return async (body: string, frontmatter: Record<string, unknown>, fileURL: URL): Promise<RenderedArticle> => {
    const { code, metadata } = await processor.render(body, { frontmatter, fileURL });
    return {
      html: code,
      metadata: { headings: metadata.headings, imagePaths: [...metadata.localImagePaths, ...metadata.remoteImagePaths] },
    };
  };
}
