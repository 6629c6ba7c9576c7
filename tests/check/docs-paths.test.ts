import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The README is the map of the project and CONTRIBUTING.md the editors' guide: a file they
// name that is not there sends a reader looking for nothing. Paths with a placeholder
// (<slug>, *) are patterns, not files; articles named under content/ are examples.
const REPO_PATH = /`((?:src|scripts|tests|bench|\.github|\.ci)\/[^`<>*{}\s]*|content\/[^`<>*{}\s.]*\/)`/g;

/** Folders that builds write and git ignores: a fresh clone has none of them. */
const BUILT = ['tests/.fixtures/', 'bench/.work/'];

describe.each(['README.md', 'CONTRIBUTING.md'])('%s', (doc) => {
  it('names only files and folders that exist', () => {
    const named = [...readFileSync(doc, 'utf8').matchAll(REPO_PATH)]
      .map((m) => m[1]!)
      .filter((path) => !BUILT.some((b) => path.startsWith(b)));
    expect(named.length).toBeGreaterThan(0);
    expect(named.filter((path) => !existsSync(path.replace(/[.,:;)]+$/, '')))).toEqual([]);
  });
});
