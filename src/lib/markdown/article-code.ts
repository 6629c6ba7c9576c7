import type { Root, RootContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute } from 'mdast-util-mdx-jsx';

/** The only HTML an article may hold: inline marks that carry meaning, never behaviour. */
export const ALLOWED_HTML = ['br', 'sup', 'sub', 'abbr', 'q', 'cite', 'mark', 'bdi', 'small'] as const;
const FORBIDDEN = new Set(['script', 'style', 'iframe', 'object', 'embed', 'form', 'input', 'link', 'meta', 'base']);

/**
 * What an MDX node of an article is, when it is anything but text: code, or HTML beyond the
 * allowed list. `name` is the tag as written.
 */
export type ArticleCode =
  | { kind: 'import-export' }
  | { kind: 'expression' }
  /** A tag that runs or loads something, or any tag with an event attribute (onerror=…). */
  | { kind: 'behaviour'; name: string; handler?: string }
  | { kind: 'other-html'; name: string }
  /** An allowed tag with a {…} attribute value or a {...spread}. */
  | { kind: 'attribute-expression'; name: string };

/**
 * The one rule of what articles may not contain, read by the editors' check
 * (src/lib/check/body.ts), which explains each kind, and by the renderer
 * (src/lib/markdown/remark-article-html.ts), which refuses to render any.
 */
export function articleCode(node: Root | RootContent): ArticleCode | undefined {
  switch (node.type) {
    case 'mdxjsEsm':
      return { kind: 'import-export' };
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return { kind: 'expression' };
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement': {
      const name = node.name ?? '';
      const tag = name.toLowerCase();
      const attributes = node.attributes as (MdxJsxAttribute | MdxJsxExpressionAttribute)[];
      const handler = attributes.find((a) => a.type === 'mdxJsxAttribute' && /^on/i.test(a.name));
      if (FORBIDDEN.has(tag) || handler)
        return { kind: 'behaviour', name, ...(handler ? { handler: (handler as MdxJsxAttribute).name } : {}) };
      if (!(ALLOWED_HTML as readonly string[]).includes(tag)) return { kind: 'other-html', name };
      const computed = attributes.some((a) => a.type !== 'mdxJsxAttribute' || (a.value !== null && typeof a.value !== 'string'));
      return computed ? { kind: 'attribute-expression', name } : undefined;
    }
    default:
      return undefined;
  }
}
