import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { withSearchExtras } from '../../scripts/build/search-extras-page.ts';
import { SEARCH_EXTRAS_MARK } from '../../src/lib/search/excerpt.ts';

const folder = mkdtempSync(join(tmpdir(), 'search-extras-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const DIGEST = 'a'.repeat(24);
const EMPTY = 'b'.repeat(24);
writeFileSync(join(folder, `${DIGEST}.txt`), 'كوريه جنود 12000 <x>');
writeFileSync(join(folder, `${EMPTY}.txt`), '');

const page = (digest: string) =>
  `<html><body><main><article class="article" data-pagefind-body data-search-extras="${digest}"><h1>عنوان</h1><article class="quote"><p>نص</p></article><p>خاتمة</p></article><nav>بعده</nav></main></body></html>`;

describe('withSearchExtras', () => {
  it('adds the forms of the page’s digest at the end of its indexed element, after the excerpt mark, escaped', () => {
    expect(withSearchExtras(page(DIGEST), 'a.html', folder)).toBe(
      page(DIGEST).replace(
        '<p>خاتمة</p></article><nav>',
        `<p>خاتمة</p><p hidden>${SEARCH_EXTRAS_MARK} كوريه جنود 12000 &lt;x&gt;</p></article><nav>`,
      ),
    );
  });

  it('leaves a page without forms, or without the attribute, as it is', () => {
    expect(withSearchExtras(page(EMPTY), 'a.html', folder)).toBe(page(EMPTY));
    const plain = '<html><body><article data-pagefind-body><p>نص</p></article></body></html>';
    expect(withSearchExtras(plain, 'a.html', folder)).toBe(plain);
  });

  it('names the page when its forms are not in the folder, or its attribute is no digest', () => {
    expect(() => withSearchExtras(page('c'.repeat(24)), 'dist/articles/x/index.html', folder)).toThrow(
      /^dist\/articles\/x\/index\.html: its search forms \(data-search-extras="c{24}"\) are not in .*; build the pages again/,
    );
    expect(() => withSearchExtras(page('../../etc/passwd'), 'x.html', folder)).toThrow(
      'x.html: data-search-extras="../../etc/passwd" is not the digest of an article\'s search forms',
    );
  });
});
