import type { Element, Root, RootContent } from 'hast';

// Pages are right-to-left, so the right edge is the line's start and the left edge its end.
const LOGICAL: Record<string, string> = { right: 'start', left: 'end' };

function visit(node: Root | Element): void {
  for (const child of node.children as RootContent[]) {
    if (child.type !== 'element') continue;
    const { align } = child.properties;
    if (typeof align === 'string' && align in LOGICAL) {
      delete child.properties.align;
      const style = typeof child.properties.style === 'string' ? `${child.properties.style};` : '';
      child.properties.style = `${style}text-align:${LOGICAL[align]}`;
    }
    visit(child);
  }
}

/**
 * GFM table alignment (`---:`) comes out as `align="right"` (`text-align:right` in MDX); the site uses logical
 * directions only, so it is rewritten to the same edge named logically for RTL pages.
 */
export function rehypeLogicalAlign() {
  return (tree: Root): void => visit(tree);
}
