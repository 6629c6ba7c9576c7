import { h } from 'hastscript';
import type { Root, RootContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute } from 'mdast-util-mdx-jsx';
import type { VFile } from 'vfile';
import { ALLOWED_HTML } from './check/body.ts';

type Node = Root | RootContent;

/**
 * An article's MDX as data: the few HTML elements editors may write (`<abbr title="…">`,
 * `<sup>`…) become plain HTML elements, and anything that would be code (import/export,
 * `{…}` expressions, other tags, event attributes) stops the render with the file and line.
 * The editors' check (npm run check) refuses all of these first, with fuller advice; this is
 * the guard for `astro dev`, where the check does not run.
 */
export function remarkArticleHtml() {
  return (tree: Root, file: VFile): void => {
    const refuse = (node: Node, what: string): never =>
      file.fail(`${what} is not allowed in an article, which is text and not code — npm run check explains how to fix it`, node);
    const visit = (node: Node): void => {
      switch (node.type) {
        case 'mdxjsEsm':
          refuse(node, 'import/export');
          break;
        case 'mdxFlowExpression':
        case 'mdxTextExpression':
          refuse(node, 'a {…} expression');
          break;
        case 'mdxJsxFlowElement':
        case 'mdxJsxTextElement': {
          const tag = (node.name ?? '').toLowerCase();
          if (!(ALLOWED_HTML as readonly string[]).includes(tag)) refuse(node, `<${node.name ?? ''}>`);
          const attributes: Record<string, string | true> = {};
          for (const attribute of node.attributes as Array<MdxJsxAttribute | MdxJsxExpressionAttribute>) {
            if (attribute.type !== 'mdxJsxAttribute' || (attribute.value !== null && typeof attribute.value !== 'string')) {
              refuse(node, `a {…} expression in <${tag}>`);
            } else if (/^on/i.test(attribute.name)) {
              refuse(node, `${attribute.name}= on <${tag}>`);
            } else {
              attributes[attribute.name] = attribute.value ?? true;
            }
          }
          // remark-rehype turns a node it does not know into the element named here.
          node.data = { ...node.data, hName: tag, hProperties: h(tag, attributes).properties } as typeof node.data;
          break;
        }
      }
      if ('children' in node) for (const child of node.children) visit(child);
    };
    visit(tree);
  };
}
