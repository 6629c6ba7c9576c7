/** An article file cut at its frontmatter block, every part placed at its line in the file. */
export interface Frontmatter {
  /** The YAML between the --- lines, line ends as in the file. */
  yaml: string;
  /** The file line of the YAML's first line. */
  yamlLine: number;
  /** Everything after the closing --- line. */
  body: string;
  /** The file line of the body's first line. */
  bodyLine: number;
}

/** Why a file has no frontmatter block: it does not start with one, or the one it opens is never closed. */
export type FrontmatterGap = 'missing' | 'unclosed';

/** True when the line from `start` to `end` (its line end excluded) is ---, spaces and a CR aside. */
function isFence(text: string, start: number, end: number): boolean {
  return text.slice(start, end).trim() === '---';
}

/**
 * Cuts an article into its frontmatter and body, the one way the check (npm run check), the
 * loader and the scripts all read it: the first line is ---, and the block runs to the next
 * line that is ---. A UTF-8 byte order mark before it is dropped; Windows line ends (CRLF) are
 * kept as they are, which YAML and Markdown both read. Only the frontmatter's lines are looked
 * at, so a long body costs nothing.
 */
export function splitFrontmatter(text: string): Frontmatter | { gap: FrontmatterGap } {
  const from = text.startsWith('\uFEFF') ? 1 : 0;
  const newline = text.indexOf('\n', from);
  const firstEnd = newline === -1 ? text.length : newline;
  if (!isFence(text, from, firstEnd)) return { gap: 'missing' };
  let line = 2;
  for (let start = firstEnd + 1; start < text.length; line++) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    if (isFence(text, start, end)) {
      return { yaml: text.slice(firstEnd + 1, start), yamlLine: 2, body: newline === -1 ? '' : text.slice(newline + 1), bodyLine: line + 1 };
    }
    start = end + 1;
  }
  return { gap: 'unclosed' };
}

/** The body with a blank line for each line before it, so a Markdown parser's line numbers are the file's own. */
export function bodyAtFileLines({ body, bodyLine }: Frontmatter): string {
  return '\n'.repeat(bodyLine - 1) + body;
}
