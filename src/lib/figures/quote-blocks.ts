import type { Element, Root as HastRoot } from 'hast';
import { toString } from 'hast-util-to-string';
import type { Root as MdastRoot, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toHast, type Handler } from 'mdast-util-to-hast';
import { SKIP, visit } from 'unist-util-visit';

/**
 * The elements a figure's quote must stand within, whole: a paragraph, a list item, a
 * blockquote, a table cell or a section heading. A quote that runs from one into the next
 * (a heading into its paragraph, say) cannot be marked with one anchor, so it is refused.
 */
export const QUOTE_BLOCKS: ReadonlySet<string> = new Set(['p', 'li', 'blockquote', 'td', 'th', 'h2', 'h3', 'h4']);

/**
 * An article's quote blocks in reading order. A block inside a block (a paragraph in a list
 * item) belongs to the outer one, whose text runs across both.
 */
export function quoteBlocks(tree: HastRoot | Element): Element[] {
  const found: Element[] = [];
  visit(tree, 'element', (element) => {
    if (!QUOTE_BLOCKS.has(element.tagName)) return undefined;
    found.push(element);
    return SKIP;
  });
  return found;
}

/** A block's text as a quote is matched against: its text nodes, joined. */
export function blockText(block: Element): string {
  return toString(block);
}

// The article's few HTML elements (<abbr>, <sup>…) as the renderer makes them
// (src/lib/markdown/remark-article-html.ts): an element of that name around its children.
const mdxElement: Handler = (state, node: MdxJsxFlowElement | MdxJsxTextElement) => ({
  type: 'element',
  tagName: (node.name ?? 'div').toLowerCase(),
  properties: {},
  children: state.all(node),
});

/**
 * The texts of an article's quote blocks, from its Markdown tree, as the renderer sees them.
 * The tree is turned into HTML's with the converter the renderer runs (mdast-util-to-hast,
 * behind remark-rehype), so the check and the build cut the same blocks with the same text:
 * the only step between them is smart punctuation, which changes punctuation that quotes
 * ignore.
 */
export function quoteBlockTexts(tree: MdastRoot | RootContent): string[] {
  const hast = toHast(tree, { handlers: { mdxJsxFlowElement: mdxElement, mdxJsxTextElement: mdxElement } });
  return hast.type === 'root' || hast.type === 'element' ? quoteBlocks(hast).map(blockText) : [];
}
