/**
 * Markdown written by the editors' web app (Decap CMS's Markdown widget) made into the MDX an
 * article file is: the same document, with every character MDX reads as code escaped where it
 * is text. A reader's «{» or «<» in plain Markdown is a character; in MDX it opens an
 * expression or a tag, which the check refuses (src/lib/markdown/article-code.ts). The
 * article's allowed HTML elements (<abbr>, <sup>…) stay elements.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown, gfmToMarkdown } from 'mdast-util-gfm';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { toMarkdown } from 'mdast-util-to-markdown';
import { gfm } from 'micromark-extension-gfm';

/** `markdown` as MDX that renders the same: its text's «{», «}» and «<» escaped, nothing else changed in meaning. */
export function markdownAsMdx(markdown: string): string {
  const tree = fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  return toMarkdown(tree, {
    extensions: [gfmToMarkdown(), mdxToMarkdown()],
    // As the editors write by hand (and `npm run new` does): "-" bullets, "*" emphasis.
    bullet: '-',
    emphasis: '*',
    rule: '-',
  });
}
