import { render } from 'astro:content';
import type { MarkdownHeading } from 'astro';
import { readRenderedHtml, type StoredRender } from '../loader/rendered-html.ts';
import type { ArticlePage } from './article.ts';

/**
 * An article's body as its page draws it: HTML read from the render cache, or Astro's
 * component.
 */
export type ArticleContent = { headings: MarkdownHeading[] } & (
  { html: string; Content?: undefined } | { html?: undefined; Content: Awaited<ReturnType<typeof render>>['Content'] }
);

/**
 * Read when the page renders, not in getStaticPaths: the pages' props are held all at once, and
 * the HTML of every article would be the corpus again. Most articles' HTML is on disk
 * (src/data/loader/rendered-html.ts); one with pictures in its body goes through Astro's render(),
 * which resolves them.
 */
export async function articleContent({ entry }: ArticlePage): Promise<ArticleContent> {
  const rendered = entry.rendered as StoredRender | undefined;
  const headings = rendered?.metadata.headings ?? [];
  if (rendered?.metadata.htmlFile) return { headings, html: await readRenderedHtml(rendered.metadata.htmlFile) };
  const { Content } = await render(entry);
  return { headings, Content };
}
