import { h } from 'hastscript';
import type { Root } from 'mdast';
import type { MdxJsxAttribute } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { articleCode, type ArticleCode } from './article-code.ts';

/** What the render stops on, in a few words: the check (npm run check) says how to fix it. */
function describe(code: ArticleCode): string {
  switch (code.kind) {
    case 'import-export':
      return 'import/export';
    case 'expression':
      return 'a {…} expression';
    case 'behaviour':
      return code.handler ? `${code.handler}= on <${code.name}>` : `<${code.name}>`;
    case 'other-html':
      return `<${code.name}>`;
    case 'attribute-expression':
      return `a {…} expression in <${code.name}>`;
  }
}

/**
 * An article's MDX as data: the few HTML elements editors may write (`<abbr title="…">`,
 * `<sup>`…) become plain HTML elements, and anything that would be code (src/lib/markdown/article-code.ts)
 * stops the render with the file and line. The editors' check (npm run check) refuses all of
 * these first, with fuller advice; this is the guard for `astro dev`, where the check does not run.
 */
export function remarkArticleHtml() {
  return (tree: Root, file: VFile): void => {
    visit(tree, (node) => {
      const code = articleCode(node);
      if (code)
        file.fail(
          `${describe(code)} is not allowed in an article, which is text and not code — npm run check explains how to fix it`,
          node,
        );
      if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
        const tag = (node.name ?? '').toLowerCase();
        // Only string and boolean attributes reach here: articleCode refused the rest.
        const attributes = Object.fromEntries(
          (node.attributes as MdxJsxAttribute[]).map((a) => [a.name, (a.value as string | null) ?? true]),
        );
        // remark-rehype turns a node it does not know into the element named here.
        node.data = { ...node.data, hName: tag, hProperties: h(tag, attributes).properties } as typeof node.data;
      }
    });
  };
}
