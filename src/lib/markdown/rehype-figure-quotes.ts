import { relative } from 'node:path';
import type { Element, ElementContent, Root, Text } from 'hast';
import { visit } from 'unist-util-visit';
import { blockText, quoteBlocks } from '../figures/quote-blocks.ts';
import { quoteAnchors } from '../figures/quote-anchors.ts';
import { quoteLocator } from '../figures/locate-quote.ts';

interface VFileLike {
  path?: string;
  data: { astro?: { frontmatter?: { figures?: { quote?: string }[] } } };
}

/** Wraps [start, end) of a block's text in spans, the first carrying the anchor id. */
function wrap(block: Element, start: number, end: number, id: string): void {
  // The text nodes first, with where each starts in the block's text (blockText joins them):
  // splitting them while walking would move what the walk has yet to see.
  const texts: { node: Text; parent: Element; at: number }[] = [];
  let offset = 0;
  visit(block, 'text', (node, _index, parent) => {
    texts.push({ node, parent: parent as Element, at: offset });
    offset += node.value.length;
  });
  let first = true;
  for (const { node, parent, at } of texts) {
    const from = Math.max(start, at);
    const to = Math.min(end, at + node.value.length);
    if (from >= to) continue;
    const span: Element = {
      type: 'element',
      tagName: 'span',
      properties: first ? { id, className: ['figure-quote'] } : { className: ['figure-quote'] },
      children: [{ type: 'text', value: node.value.slice(from - at, to - at) }],
    };
    first = false;
    const pieces: ElementContent[] = [];
    if (from > at) pieces.push({ type: 'text', value: node.value.slice(0, from - at) });
    pieces.push(span);
    if (to < at + node.value.length) pieces.push({ type: 'text', value: node.value.slice(to - at) });
    parent.children.splice(parent.children.indexOf(node), 1, ...pieces);
  }
}

/**
 * Marks the sentence each figure quotes with an anchor (`<span id="quote-1">`), so the figures
 * box can link to it and `:target` can show it, with no script. A quote that is not within one
 * block of the text stops the build: every number on the site must be traceable to its
 * sentence. Where a quote stands is decided by src/lib/figures/locate-quote.ts over the blocks
 * of src/lib/figures/quote-blocks.ts, as `npm run check` decides it, so the check refuses first.
 */
export function rehypeFigureQuotes() {
  return (tree: Root, file: VFileLike): void => {
    const figures = file.data.astro?.frontmatter?.figures;
    if (!Array.isArray(figures) || figures.length === 0) return;
    const anchors = quoteAnchors(figures);
    const done = new Set<string>();
    // Wrapping a quote in spans leaves its block's text, and so every offset, as it was.
    const blocks = quoteBlocks(tree);
    const locate = quoteLocator(blocks.map(blockText));
    figures.forEach((figure, i) => {
      const id = anchors[i];
      if (!id || done.has(id)) return;
      const location = locate(figure.quote!);
      if (location) {
        wrap(blocks[location.block]!, location.start, location.end, id);
        done.add(id);
        return;
      }
      const where = file.path ? relative(process.cwd(), file.path) : 'an article';
      throw new Error(
        `${where}  figures[${i}].quote  the quoted sentence is not in the article's text, within one paragraph, heading, list item or table cell — ` +
          'copy the sentence that states the number from the body, word for word ' +
          '(spaces and punctuation may differ).',
      );
    });
  };
}
