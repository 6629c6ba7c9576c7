import { describe, expect, it } from 'vitest';
import { articlePageKey, digestOf } from '../../src/lib/site/page-keys.ts';

const article = { id: 'a', digest: '1' };
const related = [
  { id: 'b', digest: '2' },
  { id: 'c', digest: '3' },
];
const shared = digestOf([{ id: 'cnn-arabic', digest: 'x' }]);
const key = articlePageKey(article, related, ['كورسك'], shared);

describe('an article page key', () => {
  it('is the same when nothing the page shows changed', () => {
    expect(
      articlePageKey(
        { ...article },
        related.map((r) => ({ ...r })),
        ['كورسك'],
        shared,
      ),
    ).toBe(key);
  });

  it('changes with the article, with any article it names, with its search words, with shared data', () => {
    expect(articlePageKey({ id: 'a', digest: '9' }, related, ['كورسك'], shared)).not.toBe(key);
    expect(articlePageKey(article, [related[0]!, { id: 'c', digest: '9' }], ['كورسك'], shared)).not.toBe(key);
    expect(articlePageKey(article, [related[1]!, related[0]!], ['كورسك'], shared)).not.toBe(key);
    expect(articlePageKey(article, [...related, undefined], ['كورسك'], shared)).not.toBe(key);
    expect(articlePageKey(article, related, ['كورسك', 'كرسك'], shared)).not.toBe(key);
    expect(articlePageKey(article, related, ['كورسك'], digestOf([{ id: 'cnn-arabic', digest: 'y' }]))).not.toBe(key);
  });
});
