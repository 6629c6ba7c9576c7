import type { Root, RootContent } from 'mdast';
import remarkSmartypants from 'remark-smartypants';
import type { Processor } from 'unified';

type Options = Parameters<typeof remarkSmartypants>[0];

// What SmartyPants rewrites: straight quotes and apostrophes, backticks, "--" and "..." (or
// ". . ."). Text with none of these comes out of it unchanged.
const REWRITABLE = /["'`]|--|\.\s*\./;

function hasRewritable(node: Root | RootContent): boolean {
  if ('value' in node && typeof node.value === 'string' && REWRITABLE.test(node.value)) return true;
  return 'children' in node && node.children.some(hasRewritable);
}

/**
 * remark-smartypants, run only on documents it would change. It parses every text node into a
 * natural-language tree, which was three quarters of the time taken to render an article, and
 * most Arabic articles arrive with their quotes already curly; those now skip it, with the
 * same output.
 */
export function remarkSmartPunctuation(this: Processor, options?: Options) {
  // Its transformer reads only the tree (and changes it in place); the type says more.
  const educate = remarkSmartypants.call(this, options) as unknown as (tree: Root) => void;
  return (tree: Root): void => {
    if (hasRewritable(tree)) educate(tree);
  };
}
