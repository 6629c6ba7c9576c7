import { readFileSync } from 'node:fs';
import { parseFrontmatter } from '@astrojs/markdown-remark';

/** An article file split into frontmatter and body, with blank lines in place of the frontmatter so the body's line numbers stay the file's own. */
export const parseArticle = (contents: string) => parseFrontmatter(contents, { frontmatter: 'empty-with-spaces' });

/**
 * An article's body, its Markdown without the frontmatter, read from its file. The content
 * layer does not keep bodies (src/data/loader/articles-loader.ts); the catalog reads them once per build.
 */
export function articleBody(filePath: string): string {
  return parseArticle(readFileSync(filePath, 'utf8')).content.trim();
}
