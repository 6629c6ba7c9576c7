import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A `<style>` block of an Astro component, which goes into the site's one stylesheet. */
const STYLE_BLOCK = /<style\b[^>]*>[\s\S]*?<\/style>/g;
/** What changes the stylesheet's bytes without being a style: the CSS tool chain's versions, Vite's settings. */
const SETTINGS = ['package-lock.json', 'astro.config.mjs'];

/**
 * A hash of everything the site's one shared stylesheet is built from: every `.css` file under
 * `src/`, every `<style>` block of every `.astro` file there, and the settings above. Every page
 * links that stylesheet by its content-hashed name, so a style changed in one component renames
 * it for every page; Astro's incremental build re-renders only the pages whose own code changed,
 * and would publish the others linking a stylesheet that is gone. Every page's key carries this
 * hash (keyed.ts), so a change of style renders every page again, and a change of markup only
 * the pages it is in.
 */
export function styleVersion(root: string): string {
  const hash = createHash('sha256');
  const files = readdirSync(join(root, 'src'), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.css') || name.endsWith('.astro'))
    .map((name) => join('src', name).split('\\').join('/'))
    .sort();
  for (const file of [...SETTINGS, ...files]) {
    let text: string;
    try {
      text = readFileSync(join(root, file), 'utf8');
    } catch {
      text = '(none)';
    }
    const styles = file.endsWith('.astro') ? (text.match(STYLE_BLOCK) ?? []).join('\n') : text;
    hash.update(`${file}\u0000${styles}\u0001`);
  }
  return hash.digest('base64url');
}
