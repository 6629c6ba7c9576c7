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

// A link or picture with a relative address: the file it opens.
const RELATIVE_LINK = /\]\((?!https?:|mailto:|#)([^)\s#]+)(?:#[^)]*)?\)/g;

describe.each(['README.md', 'CONTRIBUTING.md', 'docs/editors/README.md'])('%s', (doc) => {
  it('links only to files that exist', () => {
    const folder = doc.includes('/') ? doc.slice(0, doc.lastIndexOf('/') + 1) : '';
    const targets = [...readFileSync(doc, 'utf8').matchAll(RELATIVE_LINK)].map((m) => `${folder}${m[1]!}`);
    expect(targets.filter((path) => !existsSync(path))).toEqual([]);
  });
});

describe('the editors’ guide’s screenshots', () => {
  it('are each taken by the editors’ app test, so `npm run screenshots:editors` keeps them true', () => {
    const spec = readFileSync('tests/e2e/editors-app.spec.ts', 'utf8');
    const shown = [...readFileSync('CONTRIBUTING.md', 'utf8').matchAll(/\(docs\/editors\/([\w-]+)\.png\)/g)].map((m) => m[1]!);
    expect(new Set(shown).size).toBe(6);
    expect(shown.filter((name) => !spec.includes(`screenshot(page, '${name}')`))).toEqual([]);
  });
});
