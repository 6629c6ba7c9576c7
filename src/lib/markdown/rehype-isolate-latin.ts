import type { ElementContent, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import { splitLatinRuns } from '../arabic/latin-runs.ts';

// Inside these the text is already isolated, or is code whose direction must not change.
const ISOLATED = new Set(['bdi', 'bdo', 'code', 'pre', 'kbd', 'samp', 'script', 'style', 'math', 'svg']);

/**
 * Wraps Latin words inside Arabic text (CNN, Zvezda, M1991) in <bdi dir="ltr">, so the
 * punctuation and Arabic letters around them keep their places in a right-to-left line.
 * Elements that set their own direction (`dir`) are left as they are, with all they hold.
 */
export function rehypeIsolateLatin() {
  return (tree: Root): void => {
    visit(tree, (node, index, parent) => {
      if (node.type === 'element' && (ISOLATED.has(node.tagName) || node.properties.dir !== undefined)) return SKIP;
      if (node.type !== 'text' || parent === undefined || index === undefined) return;
      const runs = splitLatinRuns(node.value);
      if (!runs.some((run) => run.latin)) return;
      const isolated = runs.map(({ text, latin }): ElementContent =>
        latin
          ? { type: 'element', tagName: 'bdi', properties: { dir: 'ltr' }, children: [{ type: 'text', value: text }] }
          : { type: 'text', value: text },
      );
      parent.children.splice(index, 1, ...isolated);
      // Go on after the new nodes: the Latin inside a new <bdi> is isolated already.
      return index + isolated.length;
    });
  };
}
