import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { ALLOWED_HTML, articleCode, type ArticleCode } from '../markdown/article-code.ts';
import { quoteLocator } from '../figures/locate-quote.ts';
import { quoteBlockTexts } from '../figures/quote-blocks.ts';
import type { Problem } from './problem.ts';

// Read as the renderer reads it (src/lib/markdown/article-renderer.ts): MDX, then GFM, whose
// tables cut the text into cells as the page does.
const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

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

/**
 * Every problem in an article's body. Articles are data, not code: MDX that would run
 * (import/export, {…} expressions, also in attributes) is refused, and so is HTML beyond a
 * short allow-list, with any event attribute (onerror=…) refused outright (article-code.ts).
 * Returns, when the body could be read, its plain text (for finding the same article twice) and
 * the texts of its quote blocks (for the quote check).
 */
export function checkBody(file: string, body: string, bodyLine: number): { problems: Problem[]; text?: string; quoteBlocks?: string[] } {
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
  visit(tree, (node) => {
    const code = articleCode(node);
    if (code) problems.push({ file, line: at(node), field: 'body', ...explain(code) });
  });
  const text = tree.children.map((block) => toString(block, { includeImageAlt: false })).join('\n');
  if (text.trim() === '') {
    problems.push({
      file,
      line: bodyLine,
      field: 'body',
      en: 'the article has no text — paste the article’s text under the frontmatter',
      ar: 'المقال بلا نص — الصق نص المقال تحت كتلة البيانات',
    });
  }
  return { problems, text, quoteBlocks: quoteBlockTexts(tree) };
}

/**
 * Figures whose quote does not stand within one block of the body (quoteBlockTexts): the same
 * question, asked of the same blocks, as the renderer's (src/lib/markdown/rehype-figure-quotes.ts).
 */
export function checkQuotes(
  file: string,
  quoteBlocks: readonly string[],
  figures: unknown,
  lineOf: (path: readonly PropertyKey[]) => number,
): Problem[] {
  if (!Array.isArray(figures)) return [];
  const locate = quoteLocator(quoteBlocks);
  return figures.flatMap((figure, i) => {
    const quote = (figure as { quote?: unknown } | null)?.quote;
    if (typeof quote !== 'string' || quote.trim() === '' || locate(quote) !== undefined) return [];
    return [
      {
        file,
        line: lineOf(['figures', i, 'quote']),
        field: `figures[${i}].quote`,
        en: 'the quoted sentence is not in the article’s text, within one paragraph, heading, list item or table cell — copy the sentence that states the number from the body, word for word (spaces and punctuation may differ)',
        ar: 'الجملة المقتبسة ليست في نص المقال، داخل فقرة واحدة أو عنوان أو بند أو خلية — انسخ من النص الجملة التي تذكر الرقم كلمة بكلمة',
      },
    ];
  });
}
