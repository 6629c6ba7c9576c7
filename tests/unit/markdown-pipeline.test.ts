import mdxRenderer from '@astrojs/mdx/server.js';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import * as fixture from './fixtures/table-and-headings.mdx';

// Astro 7's default Markdown processor skips remark/rehype plugins; these prove that the
// unified() processor in astro.config.mjs really runs remark-gfm and rehype-slug on MDX.
describe('the MDX pipeline configured in astro.config.mjs', async () => {
  const container = await AstroContainer.create();
  container.addServerRenderer({ name: 'astro:jsx', renderer: mdxRenderer });
  const html = await container.renderToString(fixture.default);

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

  it('exports the same ids as headings, so the table of contents links resolve', () => {
    expect(fixture.getHeadings().map((h: { slug: string }) => h.slug)).toEqual([
      'التعاون-العسكري-بين-روسيا-وكوريا-الشمالية',
      'تفاصيل-الانسحاب',
    ]);
  });

  it('isolates Latin words inside Arabic text', () => {
    expect(html).toContain('قناة <bdi dir="ltr">Zvezda</bdi> صورًا');
    expect(html).toContain('<bdi dir="ltr">Uran-6</bdi>.');
  });
});
