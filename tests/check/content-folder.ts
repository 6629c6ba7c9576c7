import { cpSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const FIXTURES = 'tests/check/fixtures';

/**
 * A content folder under `work`: the real data folders and these articles (path under content/ →
 * fixture under tests/check/fixtures/).
 */
export function contentWith(work: string, name: string, files: Record<string, string>): string {
  const content = join(work, name, 'content');
  for (const folder of readdirSync('content').filter((f) => f !== 'articles')) {
    cpSync(join('content', folder), join(content, folder), { recursive: true });
  }
  mkdirSync(join(content, 'articles'), { recursive: true });
  for (const [to, from] of Object.entries(files)) cpSync(join(FIXTURES, from), join(content, to));
  return content;
}
