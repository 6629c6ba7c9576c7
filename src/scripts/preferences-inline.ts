/**
 * The site's one inline script, run before the page paints (src/lib/site/preferences.ts minifies
 * it at build; src/layouts/Base.astro writes it first in every page's body, after the
 * stylesheet; the CSP allows it by its hash). It applies the reader's saved theme and digits and
 * marks the page `data-js`, which
 * shows the two preference buttons (hidden without script: the page is complete without them)
 * before the first paint, so nothing moves when they appear. Clicks are caught on the document,
 * so the buttons work as soon as they are drawn. When Arabic-Indic digits are chosen it rewrites
 * the digits of the text, leaving Latin runs, code and machine-readable values alone.
 *
 * Where storage is refused, reading it throws and the script stops before showing the buttons,
 * which could not remember a choice. Keep it that way: no try/catch around storage.
 */
const root = document.documentElement;
const storage = localStorage;
const theme = storage.getItem('theme');
const digits = storage.getItem('digits');
if (theme) root.dataset.theme = theme;
if (digits) root.dataset.digits = digits;
root.dataset.js = '';

/** The theme shown now: the saved one, or else the system's. */
const shownTheme = () => root.dataset.theme || (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');

// A preference button names what it switches (data-pref="theme" or "digits"); the other choice
// is saved and the page reloaded, so it is drawn from the start with that choice.
addEventListener('click', (event) => {
  const button = (event.target as Partial<Element>).closest?.<HTMLElement>('[data-pref]');
  if (!button) return;
  const preference = button.dataset.pref!;
  const choice = preference === 'theme' ? (shownTheme() === 'dark' ? 'light' : 'dark') : root.dataset.digits === 'arab' ? 'latn' : 'arab';
  storage.setItem(preference, choice);
  location.reload();
});

// Digits inside these are Latin text, code or a value a machine reads: they stay Western.
const KEEP_DIGITS = 'bdi[dir=ltr],code,pre,script,style,input';
const ARABIC_INDIC = '٠١٢٣٤٥٦٧٨٩';

if (digits === 'arab') {
  addEventListener('DOMContentLoaded', () => {
    const texts = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let text; (text = texts.nextNode() as Text | null);) {
      if (text.parentElement?.closest(KEEP_DIGITS)) continue;
      text.data = text.data.replace(/[0-9]/g, (digit) => ARABIC_INDIC[Number(digit)]!);
    }
  });
}
