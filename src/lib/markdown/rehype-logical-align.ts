import type { Root } from 'hast';
import { visit } from 'unist-util-visit';

// Pages are right-to-left, so the right edge is the line's start and the left edge its end.
const LOGICAL: Record<string, string> = { right: 'start', left: 'end' };

/**
 * GFM table alignment (`---:`) comes out as `align="right"` (`text-align:right` in MDX); the site uses logical
 * directions only, so it is rewritten to the same edge named logically for RTL pages.
 */
export function rehypeLogicalAlign() {
  return (tree: Root): void => {
    visit(tree, 'element', ({ properties }) => {
      const { align } = properties;
      if (typeof align !== 'string' || !(align in LOGICAL)) return;
      delete properties.align;
      const style = typeof properties.style === 'string' ? `${properties.style};` : '';
      properties.style = `${style}text-align:${LOGICAL[align]}`;
    });
  };
}
