import { describe, expect, it } from 'vitest';
import { pageKey } from '../../src/lib/site/page-keys.ts';

const data = {
  title: 'انسحاب القوات',
  date: new Date('2025-02-04T00:00:00Z'),
  related: [{ path: '/articles/a/', title: 'أ' }],
  extras: new Set(['كورسك']),
  counts: new Map([['killed', 2]]),
  image: undefined as unknown,
};

/** Every path to a leaf of a value, with a way to change that leaf in a copy. */
function leaves(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (value instanceof Date || typeof value !== 'object' || value === null) return [path];
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return entries.flatMap(([key, v]) => leaves(v, [...path, key]));
}

function changed(value: unknown, path: (string | number)[]): unknown {
  if (path.length === 0) {
    if (value instanceof Date) return new Date(value.getTime() + 86_400_000);
    if (typeof value === 'number') return value + 1;
    if (typeof value === 'boolean') return !value;
    return `${String(value)}x`;
  }
  const [head, ...rest] = path;
  if (Array.isArray(value)) return value.map((v, i) => (i === head ? changed(v, rest) : v));
  return { ...(value as object), [head!]: changed((value as Record<string, unknown>)[head!], rest) };
}

describe('a page key', () => {
  it('is the same for the same data, however it was built', () => {
    expect(pageKey({ ...data, related: [{ ...data.related[0]! }] })).toBe(pageKey(data));
  });

  it('changes when any field of the data changes', () => {
    const plain = { title: data.title, date: data.date, related: data.related, nested: { a: [1, 2], b: true } };
    const paths = leaves(plain);
    expect(paths.length).toBe(7);
    for (const path of paths) expect(pageKey(changed(plain, path)), path.join('.')).not.toBe(pageKey(plain));
  });

  it('reads maps and sets by their contents', () => {
    expect(pageKey({ ...data, counts: new Map([['killed', 3]]) })).not.toBe(pageKey(data));
    expect(pageKey({ ...data, extras: new Set(['كرسك']) })).not.toBe(pageKey(data));
  });

  it('hashes an Astro image by its metadata without marking the original file as used', () => {
    const read: PropertyKey[] = [];
    const metadata = { src: '/_astro/photo.abc123.png', width: 800, height: 600, format: 'png' };
    const image = new Proxy(metadata, {
      get(target, name) {
        if (name === 'clone') return structuredClone(target);
        read.push(name);
        return target[name as keyof typeof target];
      },
    });
    const key = pageKey({ ...data, image });
    expect(read.filter((name) => typeof name === 'string' && name in metadata)).toEqual([]);
    expect(key).toBe(pageKey({ ...data, image: { ...metadata } }));
    expect(key).not.toBe(pageKey({ ...data, image: { ...metadata, src: '/_astro/photo.def456.png' } }));
  });
});
