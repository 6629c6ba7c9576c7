import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A hash of everything a rendered article depends on besides its own file: package versions,
 * the Astro config, src/lib (the Markdown pipeline and its plugins) and the loader itself.
 * Stored renders carry it, so changing the pipeline renders every article again.
 */
export function pipelineVersion(root: string): string {
  const hash = createHash('sha256');
  const files = ['package-lock.json', 'astro.config.mjs', 'src/data/articles-loader.ts', 'src/data/article-body.ts', 'src/data/article-render-worker.ts'];
  for (const name of readdirSync(join(root, 'src/lib'), { recursive: true, encoding: 'utf8' }).sort()) {
    if (/\.(ts|mjs|js)$/.test(name)) files.push(join('src/lib', name));
  }
  for (const file of files) {
    hash.update(file);
    try {
      hash.update(readFileSync(join(root, file)));
    } catch {
      hash.update('(none)');
    }
  }
  return hash.digest('hex');
}
