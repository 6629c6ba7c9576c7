import { relative } from 'node:path';
import type { Element, ElementContent, Root, Text } from 'hast';
import { quoteAnchors } from '../figures/quote-anchors.ts';
import { quoteFinder } from '../figures/locate-quote.ts';

const BLOCKS = new Set(['p', 'li', 'blockquote', 'td', 'th', 'h2', 'h3', 'h4']);

interface VFileLike {
  path?: string;
  data: { astro?: { frontmatter?: { figures?: { quote?: string }[] } } };
}

/** The text nodes under an element, in order, with where each starts in their joined text. */
function textNodes(node: Element): { node: Text; parent: Element; start: number }[] {
  const found: { node: Text; parent: Element; start: number }[] = [];
  let offset = 0;
  const walk = (parent: Element) => {
    for (const child of parent.children) {
      if (child.type === 'text') {
        found.push({ node: child, parent, start: offset });
        offset += child.value.length;
      } else if (child.type === 'element') walk(child);
    }
  };
  walk(node);
  return found;
}

function blocks(tree: Root): Element[] {
  const found: Element[] = [];
  const walk = (node: Root | Element) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (BLOCKS.has(child.tagName)) found.push(child);
      else walk(child);
    }
  };
  walk(tree);
  return found;
}

/** Wraps [start, end) of a block's text in spans, the first carrying the anchor id. */
function wrap(block: Element, start: number, end: number, id: string): void {
  let first = true;
  for (const { node, parent, start: at } of textNodes(block)) {
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
 * box can link to it and `:target` can show it, with no script. A quote that is not in the
 * text stops the build: every number on the site must be traceable to its sentence.
 */
export function rehypeFigureQuotes() {
  return (tree: Root, file: VFileLike): void => {
    const figures = file.data.astro?.frontmatter?.figures;
    if (!Array.isArray(figures) || figures.length === 0) return;
    const anchors = quoteAnchors(figures);
    const done = new Set<string>();
    // Each block's text is read and reduced once, however many figures quote it; wrapping a
    // quote in a span leaves the block's text, and so its offsets, as they were.
    const candidates = blocks(tree).map((block) => ({
      block,
      find: quoteFinder(
        textNodes(block)
          .map((t) => t.node.value)
          .join(''),
      ),
    }));
    figures.forEach((figure, i) => {
      const id = anchors[i];
      if (!id || done.has(id)) return;
      for (const { block, find } of candidates) {
        const range = find(figure.quote!);
        if (range) {
          wrap(block, range[0], range[1], id);
          done.add(id);
          return;
        }
      }
      const where = file.path ? relative(process.cwd(), file.path) : 'an article';
      throw new Error(
        `${where}  figures[${i}].quote  the quoted sentence is not in the article's text — ` +
          'copy the sentence that states the number from the body, word for word ' +
          '(spaces and punctuation may differ).',
      );
    });
  };
}
