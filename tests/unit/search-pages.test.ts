import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { indexedPart } from '../../scripts/build/search-pages.ts';

const article = (inner = '<h1>عنوان</h1><p>نص</p>', sort = 'date:2025-02-04') =>
  `<article class="article" data-pagefind-body data-pagefind-sort="${sort}">${inner}</article>`;
const page = (body: string, around = '') =>
  `<!DOCTYPE html><html lang="ar"><body><header>${around}</header><main>${body}</main><nav>روابط</nav></body></html>`;
const sha = (text: string) => createHash('sha256').update(text).digest('base64url');

describe('indexedPart', () => {
  it('gives the date the index sorts by and a hash of the element Pagefind indexes', () => {
    expect(indexedPart(page(article()), 'a.html')).toEqual({ date: '2025-02-04', hash: sha(article()) });
  });

  it('is the same whatever changes around the indexed element, and changes with it', () => {
    const one = indexedPart(page(article()), 'a.html');
    expect(indexedPart(page(article(), '<a href="/new/">جديد</a>'), 'a.html')).toEqual(one);
    expect(indexedPart(page(article('<h1>عنوان آخر</h1>')), 'a.html')).not.toEqual(one);
  });

  it('takes nested elements of the same kind whole', () => {
    const nested = article('<article><p>داخلي</p></article><p>بعده</p>');
    expect(indexedPart(page(nested), 'a.html')?.hash).toBe(sha(nested));
  });

  it('reads a date among other sort keys', () => {
    expect(indexedPart(page(article('<p>x</p>', 'words:12,date:2024-01-31')), 'a.html')?.date).toBe('2024-01-31');
  });

  it('leaves out a page without data-pagefind-body, as Pagefind does', () => {
    expect(indexedPart(page('<article><p>قائمة</p></article>'), 'list.html')).toBeUndefined();
  });

  it('names the file of a page it cannot take', () => {
    expect(() => indexedPart(page(article('<p>x</p>', 'words:12')), 'dist/articles/x/index.html')).toThrow(
      'dist/articles/x/index.html: its data-pagefind-body element has no data-pagefind-sort="date:YYYY-MM-DD"',
    );
    expect(() => indexedPart(page(article(), '<span data-pagefind-filter="year">2025</span>'), 'x.html')).toThrow(
      'x.html: data-pagefind-filter outside the data-pagefind-body element; put it inside, where the search index reads it',
    );
    expect(() => indexedPart('<main data-pagefind-body data-pagefind-sort="date:2025-01-01"><p>x</p>', 'x.html')).toThrow(
      'x.html: the <main data-pagefind-body> element is never closed',
    );
  });

  it('does not mind data-pagefind-ignore outside the body, which changes nothing', () => {
    expect(indexedPart(page(article(), '<div data-pagefind-ignore>x</div>'), 'a.html')?.date).toBe('2025-02-04');
  });
});
