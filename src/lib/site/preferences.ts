import { createHash } from 'node:crypto';
import source from '../../scripts/preferences-inline.ts?raw';
import { minifyInlineScript } from './minify-inline-script.ts';

/**
 * The site's one inline script (src/scripts/preferences-inline.ts: the reader's theme and
 * digits, applied before the first paint), minified. Minified once, when this module is first
 * loaded in a build, not once per page; about 200 bytes, in every page. The source is read as
 * text (`?raw`), not imported, so every place that loads this module (the pages, the `_headers` integration,
 * tests) minifies the very same bytes and gets the same hash.
 */
export const PREFERENCES_SCRIPT = minifyInlineScript(source);

/** The script's hash, for the Content-Security-Policy: the only inline script it allows. */
export const PREFERENCES_SCRIPT_HASH = `sha256-${createHash('sha256').update(PREFERENCES_SCRIPT).digest('base64')}`;
