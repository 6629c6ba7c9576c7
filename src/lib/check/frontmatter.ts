import { isMap, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import { splitFrontmatter as splitArticle, type Frontmatter, type FrontmatterGap } from '../content/frontmatter.ts';
import type { Problem } from './problem.ts';

const GAPS: Record<FrontmatterGap, Pick<Problem, 'en' | 'ar'>> = {
  missing: {
    en: 'the file does not start with a frontmatter block — begin it with a line of three dashes (---), the fields, and another ---',
    ar: 'لا يبدأ الملف بكتلة البيانات — ابدأه بسطر من ثلاث شرطات (---) ثم الحقول ثم سطر --- آخر',
  },
  unclosed: {
    en: 'the frontmatter block opened here is never closed — add a line of three dashes (---) after the last field',
    ar: 'كتلة البيانات التي تبدأ هنا لا تُغلق — أضف سطرًا من ثلاث شرطات (---) بعد آخر حقل',
  },
};

/** Separates the frontmatter block from the body (src/lib/content/frontmatter.ts); a missing or unclosed block is a problem. */
export function splitFrontmatter(file: string, text: string): Frontmatter | { problem: Problem } {
  const split = splitArticle(text);
  return 'gap' in split ? { problem: { file, line: 1, field: 'frontmatter', ...GAPS[split.gap] } } : split;
}

export interface ParsedYaml {
  data: unknown;
  /** The file line of the value at a path, or of the nearest enclosing value that exists. */
  lineOf: (path: readonly PropertyKey[]) => number;
}

/**
 * Parses YAML that starts at `firstLine` of the file. Syntax errors are problems with their
 * line, all of them; duplicate keys too.
 */
export function parseYaml(file: string, yaml: string, firstLine: number): ParsedYaml | { problems: Problem[] } {
  const counter = new LineCounter();
  const doc: Document = parseDocument(yaml, { lineCounter: counter, uniqueKeys: true, prettyErrors: false });
  const lineAt = (offset: number) => counter.linePos(offset).line + firstLine - 1;
  if (doc.errors.length > 0) {
    return {
      problems: doc.errors.map((error) => ({
        file,
        line: lineAt(error.pos[0]),
        field: 'frontmatter',
        en: `is not valid YAML (${error.message.split('\n')[0]}) — check the colons and indentation; put a value that contains ": " or starts with a quotation mark in quotes`,
        ar: 'صياغة YAML غير صحيحة — راجع النقطتين والمسافات في بداية السطر، وضع بين علامتي تنصيص كل قيمة فيها «: » أو تبدأ بعلامة تنصيص',
      })),
    };
  }
  const lineOf = (path: readonly PropertyKey[]): number => {
    for (let depth = path.length; depth > 0; depth--) {
      const node = doc.getIn(path.slice(0, depth) as unknown[], true) as { range?: [number, number, number] } | undefined;
      if (node?.range) return lineAt(node.range[0]);
    }
    // A missing field: the line before the fields (an article's ---), or a data file's first.
    return Math.max(1, firstLine - 1);
  };
  const contents = doc.contents;
  if (!isMap(contents) && !isSeq(contents) && yaml.trim() !== '') {
    return {
      problems: [
        {
          file,
          line: firstLine,
          field: 'frontmatter',
          en: 'the frontmatter is not a list of fields — write one "field: value" per line',
          ar: 'كتلة البيانات ليست قائمة حقول — اكتب حقلًا واحدًا في كل سطر بالشكل «الحقل: القيمة»',
        },
      ],
    };
  }
  return { data: doc.toJS() ?? {}, lineOf };
}
