import type { Root } from 'mdast';
import remarkSmartypants from 'remark-smartypants';
import type { Processor } from 'unified';
import { EXIT, visit } from 'unist-util-visit';

type Options = Parameters<typeof remarkSmartypants>[0];

// What SmartyPants rewrites: straight quotes and apostrophes, backticks, "--" and "..." (or
// ". . ."). Text with none of these comes out of it unchanged.
const REWRITABLE = /["'`]|--|\.\s*\./;

/** Whether any node's own text (text, code, HTML…) holds something SmartyPants rewrites. */
function hasRewritable(tree: Root): boolean {
  let found = false;
  visit(tree, (node) => {
    if ('value' in node && typeof node.value === 'string' && REWRITABLE.test(node.value)) {
      found = true;
      return EXIT;
    }
  });
  return found;
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
