import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { CONTENT_SECURITY_POLICY, EDITORS_APP_CONTENT_SECURITY_POLICY } from '../lib/site/content-security-policy.ts';

/**
 * Writes _headers (Netlify, Cloudflare Pages) with the same Content-Security-Policy the pages
 * carry in a meta tag, plus what only a header can say: no framing, no MIME sniffing; and the
 * editors' web app's own policy for /admin/.
 */
export function securityHeaders(): AstroIntegration {
  return {
    name: 'arabic-news:security-headers',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const headers = [
          '/*',
          `  Content-Security-Policy: ${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
          '  X-Content-Type-Options: nosniff',
          '  Referrer-Policy: strict-origin-when-cross-origin',
          // The editors' web app has a policy of its own: "!" drops the site's for its pages
          // (Cloudflare Pages); the page's meta tag says the same to every host.
          '/admin/*',
          '  ! Content-Security-Policy',
          `  Content-Security-Policy: ${EDITORS_APP_CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
          '  X-Robots-Tag: noindex',
          '',
        ];
        writeFileSync(fileURLToPath(new URL('_headers', dir)), headers.join('\n'));
      },
    },
  };
}
