import { describe, expect, it } from 'vitest';
import { createRenderPool } from '../../src/data/loader/render-pool.ts';

// The content layer renders every article through this pool (src/data/loader/articles-loader.ts),
// in worker threads that load render-worker.ts: what the renderer does is article-renderer.test.ts.
const render = createRenderPool({ syntaxHighlight: false });
const file = '/site/content/articles/a.mdx';

describe('the render pool', () => {
  it('renders in a worker thread and hands back the HTML', async () => {
    const { html } = await render('قال "نحن هنا".\n', {}, file);
    expect(html).toBe('<p>قال “نحن هنا”.</p>');
  });

  it('renders many articles at once, each to its own HTML', async () => {
    const bodies = Array.from({ length: 12 }, (_, i) => `الفقرة ${i}.\n`);
    const rendered = await Promise.all(bodies.map((body) => render(body, {}, file)));
    expect(rendered.map(({ html }) => html)).toEqual(bodies.map((body) => `<p>${body.trim()}</p>`));
  });

  // The loader turns these two into "path:line: message", the build error an editor reads.
  it('rejects a render error with its message and line, across the thread boundary', async () => {
    await expect(render('نص.\n\nالعدد {1 + 1} جندي.\n', {}, file)).rejects.toMatchObject({
      message: expect.stringContaining('a {…} expression is not allowed in an article'),
      line: 3,
    });
  });
});
