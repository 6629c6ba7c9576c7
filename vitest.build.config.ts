import { defineConfig } from 'vitest/config';

// `npm run test:build`: tests that run whole builds (scripts/build.ts, astro build) in child
// processes. They take minutes, so they are not part of `npm run test:unit`; they need no
// Astro Vite config of their own, since nothing here is imported through Vite but the tests.
export default defineConfig({
  test: {
    include: ['tests/build/**/*.test.ts'],
    // One build at a time: every build of this project writes the same generated files under
    // .astro/ (content modules, types), and a build of other content beside the incremental
    // test changes the code its pages hash, so that test would see nothing to reuse.
    fileParallelism: false,
    // Every test here builds something: a search bundle of a few pages takes a second alone
    // and over Vitest's default 5 s on a busy 2-core machine. Tests that run whole site
    // builds set longer limits of their own.
    testTimeout: 120_000,
  },
});
