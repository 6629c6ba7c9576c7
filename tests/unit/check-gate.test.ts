import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { contentChecked } from '../../src/data/check-gate.ts';

const folder = mkdtempSync(join(tmpdir(), 'check-gate-'));
afterEach(() => {
  delete process.env.ARABIC_NEWS_CHECK_PASSED;
  rmSync(join(folder, 'passed'), { force: true });
});

describe('the catalog waits for the editors’ check', () => {
  it('holds rendering back until the build script says the check passed', async () => {
    process.env.ARABIC_NEWS_CHECK_PASSED = join(folder, 'passed');
    let done = false;
    const waiting = contentChecked().then(() => (done = true));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(done).toBe(false);
    writeFileSync(join(folder, 'passed'), '');
    await waiting;
    expect(done).toBe(true);
  });

  it('does not wait when no build script runs the check (astro dev)', async () => {
    await expect(contentChecked()).resolves.toBeUndefined();
  });
});
