import { PREFERENCES_SCRIPT_HASH } from './preferences.ts';

/**
 * The Content-Security-Policy of every page, in its meta tag (src/layouts/Base.astro) and in
 * `_headers` (src/integrations/security-headers.ts): everything from this site only; scripts
 * from files or the hashed preferences script, never other inline code; WebAssembly for search.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  `script-src 'self' '${PREFERENCES_SCRIPT_HASH}' 'wasm-unsafe-eval'`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');
