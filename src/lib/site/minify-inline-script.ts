import { transformSync } from 'esbuild';

/**
 * A TypeScript script made into the minified JavaScript a page carries inline: types stripped,
 * names shortened, wrapped in a function so its names stay its own. Non-ASCII text is kept as
 * UTF-8 rather than \u escapes, which would triple its bytes. The same source always gives the
 * same bytes (for a given esbuild, pinned in package.json), so a hash of it is stable.
 */
export function minifyInlineScript(source: string): string {
  const { code } = transformSync(source, { loader: 'ts', format: 'iife', minify: true, charset: 'utf8' });
  return code.trimEnd();
}
