import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from '../../src/lib/content/frontmatter.ts';
import { createArticleRenderer } from '../../src/lib/markdown/article-renderer.ts';
import { markdownAsMdx } from '../../src/lib/markdown/mdx-safe.ts';

const render = await createArticleRenderer({ syntaxHighlight: false });
const at = new URL('file:///site/content/articles/a.mdx');

describe('markdownAsMdx: what the web editor writes, as an article file', () => {
  it('escapes the characters MDX reads as code where they are text', async () => {
    const mdx = markdownAsMdx('قال إن العدد {نحو 300} وإن 5 < 7 بحسب البيان.\n');
    expect(mdx).toBe('قال إن العدد \\{نحو 300} وإن 5 \\< 7 بحسب البيان.\n');
    expect((await render(mdx, {}, at)).html).toBe('<p>قال إن العدد {نحو 300} وإن 5 &#x3C; 7 بحسب البيان.</p>');
  });

  it('keeps the article’s allowed HTML elements as elements', async () => {
    const mdx = markdownAsMdx('قال مسؤول في <abbr title="حلف شمال الأطلسي">الناتو</abbr> إن العدد كبير.\n');
    expect((await render(mdx, {}, at)).html).toContain('<abbr title="حلف شمال الأطلسي">الناتو</abbr>');
  });

  it('leaves code and link addresses as they were', async () => {
    const markdown = 'انظر [التقرير](https://example.com/a?b={c}) و`{x}`.\n';
    const { html } = await render(markdownAsMdx(markdown), {}, at);
    expect(html).toBe((await render(markdown, {}, at)).html);
    expect(html).toContain('href="https://example.com/a?b=%7Bc%7D"');
    expect(html).toContain('<code>{x}</code>');
  });

  // The round trip of the issue: a seed article opened in the web editor and saved unchanged
  // renders the same page (its Markdown may be spelled differently: bullets, escapes).
  it.each(readdirSync('content/articles').filter((f) => f.endsWith('.mdx')))('%s renders the same after a save', async (file) => {
    const split = splitFrontmatter(readFileSync(join('content/articles', file), 'utf8'));
    if ('gap' in split) throw new Error(`${file} has no frontmatter`);
    const before = await render(split.body, {}, at);
    const after = await render(markdownAsMdx(split.body), {}, at);
    expect(after.html).toBe(before.html);
  });
});
