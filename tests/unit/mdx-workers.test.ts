import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unified } from '@astrojs/markdown-remark';
import { afterAll, describe, expect, it } from 'vitest';
import { mdxInWorkers, pruneUnusedCompiles } from '../../src/integrations/mdx-workers.ts';
import { MARKDOWN_OPTIONS } from '../../src/lib/markdown-options.ts';

const cacheDir = mkdtempSync(join(tmpdir(), 'mdx-workers-'));
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

const shared = { syntaxHighlight: false, gfm: false, smartypants: true } as never;
const mdx = { optimize: true, srcDir: new URL('../../src/', import.meta.url), sourcemap: false };
const source = '## التعاون العسكري\n\nقال زيلينسكي إن نحو 300 جندي قتلوا في كورسك.\n';
const frontmatter = { title: 'عنوان', figures: [{ value: 300, quote: 'إن نحو 300 جندي قتلوا في كورسك' }] };

describe('MDX compiled in worker threads, with a cache', async () => {
  const pooled = await mdxInWorkers(unified(MARKDOWN_OPTIONS), {
    cacheDir,
    root: process.cwd(),
    workerScript: new URL('../../src/integrations/mdx-worker.ts', import.meta.url),
  }).createMdxRenderer!(shared, mdx);
  const direct = await unified(MARKDOWN_OPTIONS).createMdxRenderer!(shared, mdx);

  it('gives exactly what the same pipeline gives on the main thread', async () => {
    const [fromWorker, fromMain] = await Promise.all([
      pooled.process(source, '/site/content/articles/a.mdx', frontmatter),
      direct.process(source, '/site/content/articles/a.mdx', frontmatter),
    ]);
    expect(fromWorker).toEqual(fromMain);
    expect(fromWorker.code).toContain('id=\\"quote-1\\"');
  });

  it('remembers a compiled file and answers from the cache the next time', async () => {
    const before = readdirSync(join(cacheDir, 'mdx-compiled')).length;
    const again = await pooled.process(source, '/site/content/articles/a.mdx', frontmatter);
    expect(readdirSync(join(cacheDir, 'mdx-compiled'))).toHaveLength(before);
    expect(again.code).toContain('التعاون العسكري');
  });

  it('compiles again when the text or the frontmatter changes', async () => {
    await pooled.process(`${source}\nجملة أضيفت.\n`, '/site/content/articles/a.mdx', frontmatter);
    await pooled.process(source, '/site/content/articles/a.mdx', { ...frontmatter, title: 'عنوان آخر' });
    expect(readdirSync(join(cacheDir, 'mdx-compiled')).length).toBeGreaterThanOrEqual(3);
  });

  it('passes a pipeline error back whole, naming the field to fix, and caches nothing for it', async () => {
    const before = readdirSync(join(cacheDir, 'mdx-compiled')).length;
    const wrongQuote = { figures: [{ value: 300, quote: 'جملة ليست في النص' }] };
    await expect(pooled.process(source, '/site/content/articles/b.mdx', wrongQuote)).rejects.toThrow(/figures\[0\]\.quote {2}the quoted sentence is not in the article's text/);
    expect(readdirSync(join(cacheDir, 'mdx-compiled'))).toHaveLength(before);
  });

  it('drops entries the last successful build did not use', () => {
    pruneUnusedCompiles(cacheDir, new Date(Date.now() + 60_000));
    expect(readdirSync(join(cacheDir, 'mdx-compiled'))).toEqual([]);
  });
});
