import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { CONTENT_SECURITY_POLICY, EDITORS_APP_CONTENT_SECURITY_POLICY } from '../lib/site/content-security-policy.ts';
import { EDITORS_APP_PATH } from '../lib/site/urls.ts';

/** The _headers file: the site's policy everywhere, and the editors' app's own at /admin/. */
export function headersFile(): string {
  return [
    '/*',
    `  Content-Security-Policy: ${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    // The editors' web app has a policy of its own, which must replace the site's, not be
    // added to it (two policies are both enforced). Netlify gives a path the later matching
    // rule's value; Cloudflare Pages joins them unless "!" detaches the site's first.
    `${EDITORS_APP_PATH}*`,
    '  ! Content-Security-Policy',
    `  Content-Security-Policy: ${EDITORS_APP_CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
    '  X-Robots-Tag: noindex',
    '',
  ].join('\n');
}

/**
 * Writes _headers (Netlify, Cloudflare Pages) with the same Content-Security-Policy the pages
 * carry in a meta tag, plus what only a header can say: no framing, no MIME sniffing; and the
 * editors' web app's own policy for /admin/ (tests/unit/security-headers.test.ts reads it with
 * Netlify's own header code).
 */
export function securityHeaders(): AstroIntegration {
  return {
    name: 'arabic-news:security-headers',
    hooks: {
      'astro:build:done': ({ dir }) => writeFileSync(fileURLToPath(new URL('_headers', dir)), headersFile()),
    },
  };
}
