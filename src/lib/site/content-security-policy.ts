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

/**
 * The editors' web app (/admin/, src/integrations/editors-app.ts) alone: Decap CMS checks its
 * configuration with Ajv, which compiles each schema into a function ('unsafe-eval'), styles
 * itself with inline styles, previews pictures as blobs, and talks to GitHub's API or, on the
 * editor's machine, to decap-server (`npm run cms`). No other page gets any of this.
 */
export const EDITORS_APP_CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob: https://avatars.githubusercontent.com https://raw.githubusercontent.com",
  "font-src 'self' data:",
  "connect-src 'self' http://localhost:8081 https://api.github.com",
  "frame-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');
