import { describe, expect, it } from 'vitest';
import { renderingModules } from '../../src/data/loader/pipeline-version.ts';

describe('the render cache key', () => {
  const modules = renderingModules(process.cwd());

  it('covers the Markdown pipeline and every plugin it imports', () => {
    for (const file of [
      'src/lib/markdown/article-renderer.ts',
      'src/lib/markdown/options.ts',
      'src/lib/markdown/rehype-figure-quotes.ts',
      'src/lib/figures/locate-quote.ts',
      'src/data/loader/render-worker.ts',
    ]) {
      expect(modules).toContain(file);
    }
  });

  it('leaves out code that does not render articles, so changing it re-renders nothing', () => {
    for (const file of ['src/lib/figures/ledger.ts', 'src/lib/search/extras.ts', 'src/lib/listing/related.ts', 'src/data/catalog.ts']) {
      expect(modules).not.toContain(file);
    }
  });
});
