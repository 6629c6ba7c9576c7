/** One thing wrong with a content file, where it is, and how to fix it, in English and Arabic. */
export interface Problem {
  /** The file, relative to the project. */
  file: string;
  /** The line in the file, from 1. */
  line: number;
  /** The field (`date`, `figures[0].value`), or what part of the file (`body`, `file`). */
  field: string;
  /** What is wrong — how to fix it, in English. */
  en: string;
  /** The same in Arabic, for the editors. */
  ar: string;
}

/** `file:line  field  what is wrong — how to fix it`, then the Arabic on the next line. */
export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}  ${p.field}  ${p.en}\n    ${p.ar}`;
}

/** Problems in reading order, by file then line, each said once. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  const unique = new Map(problems.map((p) => [`${p.file}\n${p.line}\n${p.field}\n${p.en}`, p]));
  return [...unique.values()].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.field.localeCompare(b.field));
}
