// @ts-check
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';

export default defineConfig(
  {
    ignores: [
      'dist/',
      'dist.staging/',
      'dist.previous/',
      '**/.astro/',
      'tests/.fixtures/',
      'bench/.work/',
      'test-results/',
      'playwright-report/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  ...tseslint.configs.stylistic,
  ...astro.configs.recommended,
  {
    rules: {
      // tsconfig's noUncheckedIndexedAccess types every index as possibly undefined; `!` marks an
      // index the code knows is in range. Forbidding it would mean checks that can never fail.
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  // Data flows one way: a page gets what it shows from one route function in src/data/routes/,
  // and components render their props. Loading content anywhere else would hide a read from
  // the page's key (a hash of that route function's result) and publish stale pages.
  {
    files: ['src/pages/**/*.{ts,astro}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'astro:content',
              importNames: ['getCollection', 'getEntry', 'getEntries'],
              message: 'Load content in src/data/ and give the page its data from a route function.',
            },
          ],
          patterns: [
            {
              group: ['**/data/catalog*'],
              allowTypeImports: true,
              message: 'Pages get their data from a route function in src/data/routes/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/components/**/*.{ts,astro}', 'src/layouts/**/*.{ts,astro}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'astro:content', message: 'Components take props; the page loads content through src/data/routes/.' }],
          patterns: [
            {
              group: ['**/data/**'],
              allowTypeImports: true,
              message: 'Components take props and never load data: give them what they show from the page.',
            },
          ],
        },
      ],
    },
  },
  {
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly' },
    },
  },
);
