import { readFileSync } from 'node:fs';
import mdxRenderer from '@astrojs/mdx/server.js';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import { createArticleRenderer } from '../../src/lib/markdown/article-renderer.ts';
import * as fixture from './fixtures/table-and-headings.mdx';

// Astro 7's default Markdown processor skips remark/rehype plugins; these prove that the
// unified() pipeline (src/lib/markdown/options.ts) really runs remark-gfm, rehype-slug and our
// own plugins, both where articles are rendered (the content layer, src/data/loader/articles-loader.ts)
// and where @astrojs/mdx would compile an MDX page (astro.config.mjs).
async function renderArticle() {
  const file = new URL('./fixtures/table-and-headings.mdx', import.meta.url);
  const { html, metadata } = await (await createArticleRenderer({ syntaxHighlight: false }))(readFileSync(file, 'utf8'), {}, file);
  return { html, slugs: metadata.headings.map((h) => h.slug) };
}

async function renderMdxPage() {
  const container = await AstroContainer.create();
  container.addServerRenderer({ name: 'astro:jsx', renderer: mdxRenderer });
  const html = await container.renderToString(fixture.default);
  return { html, slugs: fixture.getHeadings().map((h: { slug: string }) => h.slug) };
}

describe.each([
  ['an article, in the content layer', renderArticle],
  ['an MDX page, through @astrojs/mdx', renderMdxPage],
])('the Markdown pipeline, rendering %s', async (_, render) => {
  const { html, slugs } = await render();

  it('renders a GFM table (remark-gfm)', () => {
    expect(html).toMatch(/<table>\s*<thead>\s*<tr>\s*<th>الجهة<\/th>.*<\/thead>\s*<tbody>.*<td>زيلينسكي<\/td>.*<\/table>/s);
  });

  it('turns GFM column alignment into a logical direction (right is the start in RTL)', () => {
    expect(html).toContain('<td style="text-align:start">10 آلاف</td>');
    expect(html).not.toMatch(/text-align:\s*(left|right)/);
  });

  it('gives Arabic headings readable Arabic ids (rehype-slug)', () => {
    expect(html).toContain('<h2 id="التعاون-العسكري-بين-روسيا-وكوريا-الشمالية">');
    expect(html).toContain('<h3 id="تفاصيل-الانسحاب">');
  });

  it('lists the same ids as headings, so the table of contents links resolve', () => {
    expect(slugs).toEqual(['التعاون-العسكري-بين-روسيا-وكوريا-الشمالية', 'تفاصيل-الانسحاب']);
  });

  it('isolates Latin words inside Arabic text', () => {
    expect(html).toContain('قناة <bdi dir="ltr">Zvezda</bdi> صورًا');
    expect(html).toContain('<bdi dir="ltr">Uran-6</bdi>.');
  });
});
