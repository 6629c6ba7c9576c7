import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { splitFrontmatter as checkSplit } from '../../src/lib/check/frontmatter.ts';
import { bodyAtFileLines, splitFrontmatter } from '../../src/lib/content/frontmatter.ts';
import { articleBody, parseArticle } from '../../src/data/loader/article-body.ts';

describe('splitFrontmatter', () => {
  it('gives the YAML, the body and the file line each starts on', () => {
    expect(splitFrontmatter('---\ntitle: أ\ndate: 2025-01-02\n---\n\nنص.\n')).toEqual({
      yaml: 'title: أ\ndate: 2025-01-02\n',
      yamlLine: 2,
      body: '\nنص.\n',
      bodyLine: 5,
    });
  });

  it('drops a byte order mark and keeps Windows line ends as they are', () => {
    expect(splitFrontmatter('\uFEFF---\r\ntitle: أ\r\n---\r\nنص.\r\n')).toEqual({
      yaml: 'title: أ\r\n',
      yamlLine: 2,
      body: 'نص.\r\n',
      bodyLine: 4,
    });
  });

  it('reads fences with spaces around them, an empty block, and a file that ends at the closing fence', () => {
    expect(splitFrontmatter('--- \n---')).toEqual({ yaml: '', yamlLine: 2, body: '', bodyLine: 3 });
  });

  it('closes the block at the first --- line, not at a longer rule', () => {
    expect(splitFrontmatter('---\na: 1\n----\n---\nنص')).toMatchObject({ yaml: 'a: 1\n----\n', bodyLine: 5 });
  });

  it.each([
    ['no block at all', 'نص.\n', 'missing'],
    ['a block that does not start the file', '\n---\na: 1\n---\n', 'missing'],
    ['a block never closed', '---\na: 1\nنص.\n', 'unclosed'],
    ['a lone opening fence', '---', 'unclosed'],
  ])('says which block is wrong: %s', (_, text, gap) => {
    expect(splitFrontmatter(text)).toEqual({ gap });
  });

  it('gives the body at its file lines, for a parser to report them', () => {
    const split = splitFrontmatter('---\na: 1\n---\nنص.')!;
    expect('gap' in split ? undefined : bodyAtFileLines(split)).toBe('\n\n\nنص.');
  });
});

describe('every reader of frontmatter uses it', () => {
  const files = ['content/articles', 'tests/check/fixtures/good'].flatMap((folder) =>
    readdirSync(folder).map((name) => join(folder, name)),
  );

  it.each(files)('the loader reads %s exactly as Astro’s parseFrontmatter did', (file) => {
    const text = readFileSync(file, 'utf8');
    const astro = parseFrontmatter(text, { frontmatter: 'empty-with-spaces' });
    const ours = parseArticle(text);
    expect(ours.frontmatter).toEqual(astro.frontmatter);
    expect(ours.content.trim()).toBe(astro.content.trim());
    expect(ours.content.split('\n').length).toBe(astro.content.split('\n').length);
    expect(articleBody(file)).toBe(astro.content.trim());
  });

  it('the check, which names the missing or unclosed block', () => {
    expect(checkSplit('a.mdx', '---\na: 1\n---\nنص')).toEqual(splitFrontmatter('---\na: 1\n---\nنص'));
    expect(checkSplit('a.mdx', 'نص')).toMatchObject({
      problem: { file: 'a.mdx', line: 1, field: 'frontmatter', en: expect.stringContaining('does not start with') },
    });
    expect(checkSplit('a.mdx', '---\na: 1')).toMatchObject({ problem: { en: expect.stringContaining('never closed') } });
  });

  it('the loader gives a file without frontmatter no data, as Astro did, for the schema to refuse', () => {
    expect(parseArticle('نص.\n')).toEqual({ frontmatter: {}, content: 'نص.\n' });
  });
});
