import { describe, expect, it } from 'vitest';
import { createArticleRenderer } from '../../src/lib/markdown/article-renderer.ts';

// What every article goes through: src/data/loader/articles-loader.ts renders each article's MDX body
// with this renderer, in the content layer, and stores the HTML.
const render = await createArticleRenderer({ syntaxHighlight: false });
const at = new URL('file:///site/content/articles/a.mdx');

// Tables, heading ids and Latin runs: tests/unit/markdown-pipeline.test.ts.
describe('MDX in an article, read as data', () => {
  it('writes the allowed HTML elements as HTML, attributes and all', async () => {
    const { html } = await render('قال مسؤول في <abbr title="حلف شمال الأطلسي">الناتو</abbr> إن<sup>1</sup> العدد كبير.\n', {}, at);
    expect(html).toBe('<p>قال مسؤول في <abbr title="حلف شمال الأطلسي">الناتو</abbr> إن<sup>1</sup> العدد كبير.</p>');
  });

  it('marks the sentence each figure quotes', async () => {
    const frontmatter = { figures: [{ value: 300, quote: 'نحو 300 جندي قتلوا' }] };
    const { html } = await render('قال زيلينسكي إن نحو 300 جندي قتلوا في كورسك.\n', frontmatter, at);
    expect(html).toContain('<span id="quote-1" class="figure-quote">نحو 300 جندي قتلوا</span>');
  });

  it('makes straight quotes curly, as SmartyPants does', async () => {
    const { html } = await render('قال "نحن هنا" -- ثم غادر...\n', {}, at);
    expect(html).toBe('<p>قال “نحن هنا” — ثم غادر…</p>');
  });

  // Each kind of code gets an error naming the line; the editors' check names the file too and
  // says how to fix it (tests/check), and the loader adds the file to this message.
  it.each([
    ['import/export', 'نص.\n\nexport const x = 1;\n', 3],
    ['a {…} expression', 'نص.\n\nالعدد {1 + 1} جندي.\n', 3],
    ['<script>', 'نص.\n\n<script>alert(1)</script>\n', 3],
    ['<div>', '<div>نص</div>\n', 1],
    ['a {…} expression in <abbr>', '<abbr title={x}>نص</abbr>\n', 1],
    ['onclick= on <abbr>', 'نص <abbr onclick="alert(1)">نص</abbr>\n', 1],
  ])('refuses %s, with its line', async (what, body, line) => {
    await expect(render(body, {}, at)).rejects.toMatchObject({
      message: expect.stringContaining(`${what} is not allowed in an article`),
      line,
    });
  });
});
