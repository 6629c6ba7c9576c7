import { describe, expect, it } from 'vitest';
import { isKebabSlug, slugFromFilePath } from '../../src/lib/content/slug.ts';

describe('isKebabSlug', () => {
  it('accepts lowercase Latin words joined by single hyphens', () => {
    expect(isKebabSlug('north-korean-troops-withdraw-from-kursk')).toBe(true);
    expect(isKebabSlug('m1991-shells')).toBe(true);
  });

  it.each(['North-Korea', 'north_korea', 'north--korea', '-north', 'north-', 'كورسك', 'north korea', '', '2', '2024'])(
    'refuses %j',
    (name) => expect(isKebabSlug(name)).toBe(false),
  );
});

describe('slugFromFilePath', () => {
  it('takes the file name without folder or extension', () => {
    expect(slugFromFilePath('content/articles/2025/kim-praises-alliance.mdx')).toBe('kim-praises-alliance');
    expect(slugFromFilePath('content/sources/fox-news.yaml')).toBe('fox-news');
  });

  it('stops with a message naming the file and how to rename it', () => {
    expect(() => slugFromFilePath('content/articles/Kim Praises.mdx')).toThrow(
      /content\/articles\/Kim Praises\.mdx: file name "Kim Praises" is not a valid URL slug\. Rename the file in Latin kebab-case/,
    );
    expect(() => slugFromFilePath('content/articles/كورسك.mdx')).toThrow(/اسم الملف "كورسك" لا يصلح رابطًا/);
    expect(() => slugFromFilePath('content/articles/2.mdx')).toThrow(/not a number alone, which is an archive page’s address/);
  });
});
