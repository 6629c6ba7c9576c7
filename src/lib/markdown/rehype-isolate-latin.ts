import type { Element, ElementContent, Root, RootContent } from 'hast';
import { splitLatinRuns } from '../arabic/latin-runs.ts';

// Inside these the text is already isolated, or is code whose direction must not change.
const SKIP = new Set(['bdi', 'bdo', 'code', 'pre', 'kbd', 'samp', 'script', 'style', 'math', 'svg']);

type Parent = Root | Element;

function isolateChildren(parent: Parent): void {
  const next: RootContent[] = [];
  for (const child of parent.children) {
    if (child.type === 'text') {
      for (const run of splitLatinRuns(child.value)) {
        next.push(
          run.latin
            ? { type: 'element', tagName: 'bdi', properties: { dir: 'ltr' }, children: [{ type: 'text', value: run.text }] }
            : { type: 'text', value: run.text },
        );
      }
      continue;
    }
    if (child.type === 'element' && !SKIP.has(child.tagName) && child.properties?.dir === undefined) {
      isolateChildren(child);
    }
    next.push(child);
  }
  parent.children = next as ElementContent[];
}

/**
 * Wraps Latin words inside Arabic text (CNN, Zvezda, M1991) in <bdi dir="ltr">, so the
 * punctuation and Arabic letters around them keep their places in a right-to-left line.
 */
export function rehypeIsolateLatin() {
  return (tree: Root): void => isolateChildren(tree);
}
