import { createHash } from 'node:crypto';

/**
 * An image imported through Astro (a frontmatter `image()`) is a proxy that marks the original
 * file as used, and so copies it into dist/, whenever one of its properties is read. Its
 * `clone` property is the exception: a plain copy of the same metadata (src with the file's
 * content hash, width, height, format), read without marking anything.
 */
function withoutImageProxies(_key: string, value: unknown): unknown {
  if (value instanceof Map) return [...value.entries()];
  if (value instanceof Set) return [...value];
  if (typeof value === 'object' && value !== null) {
    const clone = (value as { clone?: unknown }).clone;
    if (typeof clone === 'object' && clone !== null) return clone;
  }
  return value;
}

/**
 * The cache key of a page for Astro's incremental build: a hash of the very data the page is
 * rendered from (its route function's result, src/data/routes/), so whatever a page shows is
 * in its key and nothing can be left out by hand. Serialized as JSON (dates as ISO strings,
 * maps and sets as arrays), so the same data gives the same key in every build. The page's
 * code is tracked by Astro itself.
 */
export function pageKey(data: unknown): string {
  return createHash('sha256')
    .update(JSON.stringify(data, withoutImageProxies) ?? '')
    .digest('base64url');
}
