/**
 * The preference buttons and the Arabic-Indic digits: the part of the reader's preferences that
 * can wait until the page is parsed (a module script runs then, before DOMContentLoaded). The
 * saved choices were applied to <html> before the first paint by src/scripts/preferences-inline.ts;
 * this reads them from there. Clicks are caught on the document, so a button works wherever it is.
 */
const root = document.documentElement;

/** The theme shown now: the saved one, or else the system's. */
const shownTheme = () => root.dataset.theme || (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');

// A preference button names what it switches (data-pref="theme" or "digits"); the other choice
// is saved and the page reloaded, so it is drawn from the start with that choice.
addEventListener('click', (event) => {
  const button = (event.target as Partial<Element>).closest?.<HTMLElement>('[data-pref]');
  if (!button) return;
  const preference = button.dataset.pref!;
  const choice = preference === 'theme' ? (shownTheme() === 'dark' ? 'light' : 'dark') : root.dataset.digits === 'arab' ? 'latn' : 'arab';
  localStorage.setItem(preference, choice);
  location.reload();
});

// "Date accessed" in a claim's citation (ClaimCitation.astro): the reader's today, which a static
// page cannot know; before the digits below, so it takes the reader's digits. Month names by
// hand: the first Intl.DateTimeFormat costs a phone 60-120 ms.
const AR_MONTHS = ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'];
const EN_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const now = new Date();
for (const day of document.querySelectorAll<HTMLElement>('[data-today]')) {
  const months = day.dataset.today === 'en' ? EN_MONTHS : AR_MONTHS;
  day.dataset.date = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  day.textContent = `${now.getDate()} ${months[now.getMonth()]} ${now.getFullYear()}`;
}

// Digits inside these are Latin text, code or a value a machine reads: they stay Western.
const KEEP_DIGITS = 'bdi[dir=ltr],[lang=en],code,pre,script,style,input';
const ARABIC_INDIC = '٠١٢٣٤٥٦٧٨٩';

if (root.dataset.digits === 'arab') {
  const texts = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let text; (text = texts.nextNode() as Text | null);) {
    if (text.parentElement?.closest(KEEP_DIGITS)) continue;
    text.data = text.data.replace(/[0-9]/g, (digit) => ARABIC_INDIC[Number(digit)]!);
  }
}

// A module, as Astro serves it: its names are its own, not the inline script's globals.
export {};
