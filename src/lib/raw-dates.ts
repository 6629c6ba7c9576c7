import type { ContentProblem } from './references.ts';

const DATE_LINE = /^\s*(?:-\s+)?(date|updated|asOf):\s*["']?(\d{4}-\d{2}-\d{2})["']?\s*(?:#.*)?$/;

function isRealDay(text: string): boolean {
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}

/**
 * Dates in a file's frontmatter that name no real day. YAML silently rolls "2025-02-30" into
 * 2 March before any schema sees it, so this reads the raw text, and reports the line.
 */
export function impossibleDates(file: string, text: string): ContentProblem[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines[0]?.trim() !== '---') return [];
  const problems: ContentProblem[] = [];
  for (let i = 1; i < lines.length && lines[i]!.trim() !== '---'; i++) {
    const match = DATE_LINE.exec(lines[i]!);
    if (match && !isRealDay(match[2]!)) {
      problems.push({
        file: `${file}:${i + 1}`,
        field: match[1]!,
        message: `"${match[2]}" is not a real calendar day — write the date as YYYY-MM-DD, a real calendar day`,
      });
    }
  }
  return problems;
}
