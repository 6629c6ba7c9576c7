import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, PREFERENCES_SCRIPT, PREFERENCES_SCRIPT_HASH } from '../../src/lib/site/preferences.ts';

describe('the preferences script and the policy', () => {
  it('keeps the one inline script under 1 KB', () => {
    expect(Buffer.byteLength(PREFERENCES_SCRIPT, 'utf8')).toBeLessThan(1024);
  });

  it('allows exactly that script by its hash, and no other inline script', () => {
    expect(PREFERENCES_SCRIPT_HASH).toBe(`sha256-${createHash('sha256').update(PREFERENCES_SCRIPT).digest('base64')}`);
    expect(CONTENT_SECURITY_POLICY).toContain(`'${PREFERENCES_SCRIPT_HASH}'`);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(CONTENT_SECURITY_POLICY).toMatch(/default-src 'self'/);
  });
});
