/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Astro's own Vite config, so tests that render MDX use the site's real Markdown pipeline.
export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/check/**/*.test.ts', 'tests/build/**/*.test.ts'],
    // The persistent transform cache keys MDX output on the file's text alone: after a change
    // to the remark/rehype plugins it would replay stale HTML and the pipeline tests would lie.
    fsModuleCache: false,
  },
});
