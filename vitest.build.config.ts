import { defineConfig } from 'vitest/config';

// `npm run test:build`: tests that run whole builds (scripts/build.ts, astro build) in child
// processes. They take minutes, so they are not part of `npm run test:unit`; they need no
// Astro Vite config of their own, since nothing here is imported through Vite but the tests.
export default defineConfig({
  test: {
    include: ['tests/build/**/*.test.ts'],
  },
});
