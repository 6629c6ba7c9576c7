import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { bodyAtFileLines, splitFrontmatter } from '../../lib/content/frontmatter.ts';

/** An article file as the loader reads it: its frontmatter's data, and its body. */
export interface ParsedArticle {
  frontmatter: Record<string, unknown>;
  /** The body, with a blank line for each frontmatter line, so the renderer's line numbers are the file's own. */
  content: string;
}

/**
 * Splits an article (src/lib/content/frontmatter.ts, as the check does) and reads its YAML with
 * js-yaml, as Astro's own parseFrontmatter did: several times faster than the check's parser,
 * which keeps every value's line for its messages and is not needed here. A file without a
 * frontmatter block has no data, for the schema to refuse; a YAML error is thrown.
 */
export function parseArticle(contents: string): ParsedArticle {
  const split = splitFrontmatter(contents);
  if ('gap' in split) return { frontmatter: {}, content: contents };
  const data = load(split.yaml);
  return {
    frontmatter: data !== null && typeof data === 'object' ? (data as Record<string, unknown>) : {},
    content: bodyAtFileLines(split),
  };
}

/**
 * An article's body, its Markdown without the frontmatter, read from its file. The content
 * layer does not keep bodies (src/data/loader/articles-loader.ts); the catalog reads them once per build.
 */
export function articleBody(filePath: string): string {
  const contents = readFileSync(filePath, 'utf8');
  const split = splitFrontmatter(contents);
  return ('gap' in split ? contents : split.body).trim();
}
