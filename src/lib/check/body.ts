import type { Root, RootContent } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { ALLOWED_HTML, articleCode, type ArticleCode } from '../markdown/article-code.ts';
import { quoteFinder } from '../figures/locate-quote.ts';
import type { Problem } from './problem.ts';

const parser = unified().use(remarkParse).use(remarkMdx);

type Node = Root | RootContent;

/** What the editor reads for each kind of code in an article (src/lib/markdown/article-code.ts), and how to fix it. */
function explain(code: ArticleCode): Pick<Problem, 'en' | 'ar'> {
  switch (code.kind) {
    case 'import-export':
      return {
        en: 'import and export are code, and articles are data — remove the line',
        ar: 'السطر يبدأ بـ import أو export، وهذا برمجة والمقال نص — احذف السطر',
      };
    case 'expression':
      return {
        en: 'a {…} expression is code — write a literal brace as \\{ and \\}, or remove it',
        ar: 'ما بين القوسين {…} برمجة — اكتب القوس في النص هكذا \\{ و\\} أو احذفه',
      };
    case 'behaviour':
      return {
        en: `<${code.name}>${code.handler ? ` with ${code.handler}=` : ''} is not allowed in an article — remove it`,
        ar: `الوسم <${code.name}> ${code.handler ? `مع ${code.handler}= ` : ''}ممنوع في المقال — احذفه`,
      };
    case 'other-html':
      return {
        en: `raw HTML <${code.name}> is not allowed — use Markdown, or only ${ALLOWED_HTML.map((t) => `<${t}>`).join(' ')}; a literal "<" is written &lt;`,
        ar: `وسم HTML ‏<${code.name}> غير مسموح — استخدم Markdown، والعلامة < في النص تُكتب &lt;`,
      };
    case 'attribute-expression':
      return {
        en: `a {…} value in <${code.name}> is code — write the value in quotes, e.g. title="…"`,
        ar: `القيمة بين القوسين {…} في الوسم <${code.name}> برمجة — اكتبها بين علامتي تنصيص، مثل title="…"`,
      };
  }
}

function walk(node: Node, visit: (node: Node) => void): void {
  visit(node);
  if ('children' in node) for (const child of node.children) walk(child, visit);
}

function textOf(node: Node): string {
  if ('value' in node && (node.type === 'text' || node.type === 'inlineCode')) return node.value;
  return 'children' in node ? node.children.map(textOf).join(node.type === 'root' ? '\n' : '') : '';
}

/**
 * Every problem in an article's body. Articles are data, not code: MDX that would run
 * (import/export, {…} expressions, also in attributes) is refused, and so is HTML beyond a
 * short allow-list, with any event attribute (onerror=…) refused outright (article-code.ts). Returns the body's plain text for the
 * quote check, when the body could be read.
 */
export function checkBody(file: string, body: string, bodyLine: number): { problems: Problem[]; text?: string } {
  let tree: Root;
  try {
    tree = parser.parse(body);
  } catch (error) {
    const e = error as { line?: number; place?: { line?: number; start?: { line?: number } }; reason?: string; message?: string };
    const line = e.line ?? e.place?.line ?? e.place?.start?.line ?? 1;
    return {
      problems: [
        {
          file,
          line: bodyLine + line - 1,
          field: 'body',
          en: `MDX cannot read this line (${(e.reason ?? e.message ?? '').split('\n')[0]}) — a "{", "}" or "<" in the text must be written \\{, \\} or &lt;`,
          ar: 'تعذّرت قراءة هذا السطر — اكتب القوس { أو } أو العلامة < في النص هكذا: \\{ أو \\} أو &lt;',
        },
      ],
    };
  }
  const problems: Problem[] = [];
  const at = (node: Node) => bodyLine + (node.position?.start.line ?? 1) - 1;
  walk(tree, (node) => {
    const code = articleCode(node);
    if (code) problems.push({ file, line: at(node), field: 'body', ...explain(code) });
  });
  const text = textOf(tree);
  if (text.trim() === '') {
    problems.push({
      file,
      line: bodyLine,
      field: 'body',
      en: 'the article has no text — paste the article’s text under the frontmatter',
      ar: 'المقال بلا نص — الصق نص المقال تحت كتلة البيانات',
    });
  }
  return { problems, text };
}

/** Figures whose quote is not in the body's text. */
export function checkQuotes(file: string, text: string, figures: unknown, lineOf: (path: readonly PropertyKey[]) => number): Problem[] {
  if (!Array.isArray(figures)) return [];
  const find = quoteFinder(text);
  return figures.flatMap((figure, i) => {
    const quote = (figure as { quote?: unknown } | null)?.quote;
    if (typeof quote !== 'string' || quote.trim() === '' || find(quote) !== undefined) return [];
    return [
      {
        file,
        line: lineOf(['figures', i, 'quote']),
        field: `figures[${i}].quote`,
        en: 'the quoted sentence is not in the article’s text — copy the sentence that states the number from the body, word for word (spaces and punctuation may differ)',
        ar: 'الجملة المقتبسة ليست في نص المقال — انسخ من النص الجملة التي تذكر الرقم كلمة بكلمة',
      },
    ];
  });
}
