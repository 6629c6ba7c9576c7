import { calendarStart, dayOf, isMonth } from '../content/calendar-dates.ts';

// Western digits, as the major Arabic news sites and the articles' own text write them;
// UTC, because an article's date is a calendar day, not an instant in the build machine's zone.
const longDate = new Intl.DateTimeFormat('ar-u-nu-latn', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "14 نوفمبر 2025": a calendar date as Arabic readers write it. */
export function formatArabicDate(date: Date): string {
  return longDate.format(date);
}

/** "2025-11-14": the machine-readable form for <time datetime>. */
export const isoDay = dayOf;

/** The calendar year of a date, read in UTC like every other date here. */
export function yearOf(date: Date): number {
  return date.getUTCFullYear();
}

const monthYear = new Intl.DateTimeFormat('ar-u-nu-latn', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "سبتمبر 2025" for "2025-09", "14 سبتمبر 2025" for "2025-09-14": a figure's asOf as readers say it. */
export function formatDayOrMonth(value: string): string {
  const start = calendarStart(value);
  if (!start) throw new Error(`"${value}" is not a day (YYYY-MM-DD) or a month (YYYY-MM)`);
  return isMonth(value) ? monthYear.format(start) : formatArabicDate(start);
}

// The Levantine (Syriac) month names, which readers in the Levant and Iraq use beside the
// Egyptian/Gulf ones that Intl gives ("يناير/كانون الثاني").
const LEVANTINE_MONTHS = [
  'كانون الثاني',
  'شباط',
  'آذار',
  'نيسان',
  'أيار',
  'حزيران',
  'تموز',
  'آب',
  'أيلول',
  'تشرين الأول',
  'تشرين الثاني',
  'كانون الأول',
];
const monthName = new Intl.DateTimeFormat('ar-u-nu-latn', { month: 'long', timeZone: 'UTC' });
const weekdayName = new Intl.DateTimeFormat('ar-u-nu-latn', { weekday: 'long', timeZone: 'UTC' });
const hijri = new Intl.DateTimeFormat('ar-u-ca-islamic-umalqura-nu-latn', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "الجمعة 14 نوفمبر/تشرين الثاني 2025": the date line of an article, both month names. */
export function formatArabicDateFull(date: Date): string {
  const month = `${monthName.format(date)}/${LEVANTINE_MONTHS[date.getUTCMonth()]}`;
  return `${weekdayName.format(date)} ${date.getUTCDate()} ${month} ${date.getUTCFullYear()}`;
}

/** "23 جمادى الأولى 1447 هـ": the same day in the Hijri calendar (Umm al-Qura). */
export function formatHijriDate(date: Date): string {
  return hijri.format(date);
}
