import { describe, expect, it } from 'vitest';
// Astro's own marker, from its build: not part of its public API, so held to ours here.
import { createContentDataIncrementalMetadata } from '../../node_modules/astro/dist/core/build/incremental-metadata.js';
import { CONTENT_DATA_META, storeFromFile } from '../../src/integrations/data-store-from-file.ts';

describe('the content store read from its file', () => {
  it("replaces Astro's module that embeds the store with one that reads the file", () => {
    const code = storeFromFile('export default JSON.parse("[{\\"articles\\":1}]")', '/cache/data-store.json');
    expect(code).toContain('readFileSync("/cache/data-store.json", \'utf8\')');
    expect(code).not.toContain('articles');
  });

  it('leaves any other form of the module alone', () => {
    expect(storeFromFile('export default{"articles":[(await import("chunk"))]}', '/cache/data-store.json')).toBeUndefined();
    expect(storeFromFile('export default new Map()', '/cache/data-store.json')).toBeUndefined();
  });

  it("marks the module as content data as Astro does, so pages' code hashes leave it out", () => {
    expect(CONTENT_DATA_META).toEqual(createContentDataIncrementalMetadata());
  });
});
