import { PREFERENCES_SCRIPT_HASH } from './preferences.ts';

/**
 * The Content-Security-Policy of every page, in its meta tag (src/layouts/Base.astro) and in
 * `_headers` (src/integrations/security-headers.ts): everything from this site only; scripts
 * from files or the hashed preferences script, never other inline code; WebAssembly for search.
 * Styles from the one shared stylesheet only: built pages have no inline style.
 */
export const CONTENT_SECURITY_POLICY = policy("style-src 'self'");

/**
 * `astro dev` injects each component's styles inline as it serves them; the dev server's pages
 * allow that, built pages never do.
 */
export const DEV_CONTENT_SECURITY_POLICY = policy("style-src 'self' 'unsafe-inline'");

function policy(styleSrc: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' '${PREFERENCES_SCRIPT_HASH}' 'wasm-unsafe-eval'`,
    styleSrc,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}
