import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { impossibleDates } from '../../src/lib/raw-dates.ts';
import type { ContentProblem } from '../../src/lib/references.ts';

/** Every impossible date in the articles under a content folder. */
export function checkRawDates(contentDir: string): ContentProblem[] {
  const articles = join(contentDir, 'articles');
  return readdirSync(articles, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.mdx'))
    .flatMap((name) => {
      const path = join(articles, name);
      return impossibleDates(relative(process.cwd(), path), readFileSync(path, 'utf8'));
    });
}
