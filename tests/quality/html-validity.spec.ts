import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import { FIXTURE_DIR } from '../../playwright.config.ts';

const vnuJar: string = createRequire(import.meta.url)('vnu-jar');

// The Nu HTML Checker (the W3C validator) over every HTML file of both built sites: the seeds
// and the 25-article site with its archive pages, the redirect pages of pages being filled,
// and lead photos.
test('the Nu HTML Checker finds no error in any built page', async () => {
  test.setTimeout(120_000);
  const { stdout, stderr } = await promisify(execFile)(
    'java',
    ['-jar', vnuJar, '--skip-non-html', '--errors-only', '--format', 'gnu', 'dist', `${FIXTURE_DIR}/dist`],
    { maxBuffer: 16 * 1024 * 1024 },
  ).catch((error: { stdout?: string; stderr?: string; message: string }) => ({
    stdout: error.stdout ?? '',
    stderr: error.stderr || error.message,
  }));
  expect(`${stdout}${stderr}`.trim().split('\n').filter(Boolean)).toEqual([]);
});
