/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// `npm run test:unit`. Astro's own Vite config, so tests that render MDX use the site's real
// Markdown pipeline. The builds in tests/build/ have their own run: vitest.build.config.ts.
export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/check/**/*.test.ts'],
    // The persistent transform cache keys MDX output on the file's text alone: after a change
    // to the remark/rehype plugins it would replay stale HTML and the pipeline tests would lie.
    fsModuleCache: false,
  },
});
