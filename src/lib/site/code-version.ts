import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/** A relative module specifier in an import, an export … from, a dynamic import or a worker URL. */
const RELATIVE_SPECIFIER = /(?:from\s+|import\s*\(\s*|new URL\(\s*)['"](\.{1,2}\/[^'"]+)['"]/g;

/** The project files that `entryPoints` run, found by following relative imports from them. */
export function importedModules(root: string, entryPoints: readonly string[]): string[] {
  const seen = new Set<string>();
  const pending = entryPoints.map((file) => resolve(root, file));
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(RELATIVE_SPECIFIER)) {
      const target = resolve(dirname(file), specifier!);
      if (/\.(ts|mts|mjs|js)$/.test(target)) pending.push(target);
    }
  }
  return [...seen].map((file) => relative(root, file).split('\\').join('/')).sort();
}

/**
 * A hash of the code `entryPoints` run (every project module they import) and of `settings`,
 * files that change what that code does without being imported (package versions, a config).
 * A cache of that code's results carries it, so a change to the code invalidates the cache
 * and a change to anything else does not.
 */
export function codeVersion(root: string, entryPoints: readonly string[], settings: readonly string[]): string {
  const hash = createHash('sha256');
  for (const file of [...settings, ...importedModules(root, entryPoints)]) {
    hash.update(`${file}\u0000`);
    try {
      hash.update(readFileSync(join(root, file)));
    } catch {
      hash.update('(none)');
    }
  }
  return hash.digest('hex');
}
