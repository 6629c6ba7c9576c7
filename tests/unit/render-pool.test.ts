import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createRenderPool } from '../../src/data/loader/render-pool.ts';
import { pruneFolder } from '../../src/data/cache-files.ts';
import { readRenderedHtml, renderedHtmlFile } from '../../src/data/loader/rendered-html.ts';

// The content layer renders every article through this pool (src/data/loader/articles-loader.ts),
// in worker threads that load render-worker.ts: what the renderer does is article-renderer.test.ts.
const render = createRenderPool({ syntaxHighlight: false });
const file = '/site/content/articles/a.mdx';
const cache = mkdtempSync(join(tmpdir(), 'rendered-articles-'));
afterAll(() => rmSync(cache, { recursive: true, force: true }));

describe('the render pool', () => {
  it('renders in a worker thread, writes the HTML to its file and keeps only a reference in the store', async () => {
    const htmlFile = renderedHtmlFile(cache, 'one');
    const rendered = await render('قال "نحن هنا".\n', {}, file, htmlFile);
    expect(rendered.html).toBe('');
    expect(rendered.metadata.htmlFile).toBe(htmlFile);
    expect(await readRenderedHtml(htmlFile)).toBe('<p>قال “نحن هنا”.</p>');
    expect(readdirSync(cache).filter((name) => name.endsWith('.partial'))).toEqual([]);
  });

  it('renders many articles at once, each to its own file', async () => {
    const bodies = Array.from({ length: 12 }, (_, i) => `الفقرة ${i}.\n`);
    const rendered = await Promise.all(bodies.map((body, i) => render(body, {}, file, renderedHtmlFile(cache, `many-${i}`))));
    const html = rendered.map(({ metadata }) => readFileSync(metadata.htmlFile!, 'utf8'));
    expect(html).toEqual(bodies.map((body) => `<p>${body.trim()}</p>`));
  });

  it('keeps the HTML of an article with a picture in its body in the store, where Astro resolves the picture', async () => {
    const htmlFile = renderedHtmlFile(cache, 'picture');
    const rendered = await render('![خريطة](./map.png)\n', {}, file, htmlFile);
    expect(rendered.metadata.imagePaths).toEqual(['./map.png']);
    expect(rendered.metadata.htmlFile).toBeUndefined();
    expect(rendered.html).toContain('<img');
    expect(readdirSync(cache)).not.toContain('picture.html');
  });

  it('names the missing file when a render is no longer on disk', async () => {
    await expect(readRenderedHtml(renderedHtmlFile(cache, 'gone'))).rejects.toThrow(
      /gone\.html: the article's rendered HTML is missing from the cache/,
    );
  });

  it('prunes the renders no article uses any more', async () => {
    const kept = renderedHtmlFile(cache, 'one');
    const removed = await pruneFolder(cache, new Set([kept]));
    expect(removed).toBeGreaterThan(0);
    expect(readdirSync(cache)).toEqual(['one.html']);
  });

  // The loader turns these two into "path:line: message", the build error an editor reads.
  it('rejects a render error with its message and line, across the thread boundary', async () => {
    await expect(render('نص.\n\nالعدد {1 + 1} جندي.\n', {}, file, renderedHtmlFile(cache, 'bad'))).rejects.toMatchObject({
      message: expect.stringContaining('a {…} expression is not allowed in an article'),
      line: 3,
    });
  });
});
