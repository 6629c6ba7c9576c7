/**
 * The site's one inline script, run before the page paints (src/lib/site/preferences.ts minifies
 * it at build; src/layouts/Base.astro writes it first in every page's body, after the
 * stylesheet; the CSP allows it by its hash). It applies the reader's saved theme and digits and
 * marks the page `data-js`, which shows the two preference buttons (hidden without script: the
 * page is complete without them) before the first paint, so nothing moves when they appear.
 * What the buttons do, and the Arabic-Indic digits, is src/scripts/preferences.ts: a shared,
 * cached file, so that each page carries only what must run before it paints.
 *
 * Where storage is refused, reading it throws and the script stops before showing the buttons,
 * which could not remember a choice. Keep it that way: no try/catch around storage.
 */
const root = document.documentElement;
const theme = localStorage.getItem('theme');
const digits = localStorage.getItem('digits');
if (theme) root.dataset.theme = theme;
if (digits) root.dataset.digits = digits;
root.dataset.js = '';
