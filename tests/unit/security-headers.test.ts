/** The _headers file as Netlify serves it, read by Netlify's own code (@netlify/headers). */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HeadersHandler } from '@netlify/headers';
import { afterAll, describe, expect, it } from 'vitest';
import { headersFile } from '../../src/integrations/security-headers.ts';
import { CONTENT_SECURITY_POLICY, EDITORS_APP_CONTENT_SECURITY_POLICY } from '../../src/lib/site/content-security-policy.ts';

const project = mkdtempSync(join(tmpdir(), 'headers-'));
afterAll(() => rmSync(project, { recursive: true, force: true }));
writeFileSync(join(project, '_headers'), headersFile());
const errors: string[] = [];
const netlify = new HeadersHandler({
  projectDir: project,
  logger: {
    error: (message: string) => errors.push(message),
    warn: (message: string) => errors.push(message),
    log: () => undefined,
  } as never,
});
const served = (path: string) => netlify.apply(new Request(`https://example.org${path}`));

describe('the _headers file on Netlify', () => {
  it('gives every reader’s page the site’s policy, no framing and no sniffing', async () => {
    for (const path of ['/', '/articles/some-article/', '/search/', '/pagefind/pagefind.js']) {
      const headers = await served(path);
      expect(headers['Content-Security-Policy']).toBe(`${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`);
      expect(headers['X-Content-Type-Options']).toBe('nosniff');
      expect(headers['X-Robots-Tag']).toBeUndefined();
    }
  });

  it('gives the editors’ app its own policy in place of the site’s, not beside it, and keeps crawlers out', async () => {
    for (const path of ['/admin/', '/admin/cms.js']) {
      const headers = await served(path);
      expect(headers['Content-Security-Policy']).toBe(`${EDITORS_APP_CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`);
      expect(headers['X-Robots-Tag']).toBe('noindex');
    }
    // Cloudflare's detach line is no syntax error to Netlify.
    expect(errors).toEqual([]);
  });
});
