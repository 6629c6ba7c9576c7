/**
 * Calendar dates as the content writes them: a day, YYYY-MM-DD, or a month, YYYY-MM, read
 * in UTC, because an article's date is a day on the calendar and not an instant in the build
 * machine's zone. Every part of the site that reads or checks one comes here (the schemas,
 * the editor tools, the Arabic date formats, the ledger's chart).
 */

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const MONTH = /^\d{4}-\d{2}$/;

/**
 * The UTC midnight a day or month starts on ("2025-09" → 1 September 2025), or undefined for
 * any other shape and for a day or month that does not exist: "2025-02-29" would roll over
 * into March, "2025-13" is no month.
 */
export function calendarStart(text: string): Date | undefined {
  const month = MONTH.test(text);
  if (!month && !DAY.test(text)) return undefined;
  const date = new Date(`${month ? `${text}-01` : text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text) ? date : undefined;
}

/** True for a real day written YYYY-MM-DD. */
export function isCalendarDay(text: string): boolean {
  return DAY.test(text) && calendarStart(text) !== undefined;
}

/** True for a real day (YYYY-MM-DD) or month (YYYY-MM). */
export function isDayOrMonth(text: string): boolean {
  return calendarStart(text) !== undefined;
}

/** True when the text names a month (YYYY-MM) rather than a day. */
export function isMonth(text: string): boolean {
  return MONTH.test(text);
}

/** A date's calendar day in UTC, YYYY-MM-DD: the form of <time datetime> and of the frontmatter. */
export function dayOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A date's month in UTC, YYYY-MM. */
export function monthOf(date: Date): string {
  return date.toISOString().slice(0, 7);
}

/** The month a day or month written YYYY-MM[-DD] falls in, YYYY-MM ("2025-02-04" → "2025-02"). */
export function monthOfDayOrMonth(text: string): string {
  const start = calendarStart(text);
  if (start === undefined) throw new Error(`"${text}" is not a day (YYYY-MM-DD) or a month (YYYY-MM)`);
  return monthOf(start);
}

/**
 * YAML reads an unquoted 2025-11-14 as a Date at UTC midnight: this gives back the text the
 * editor wrote. Anything else, a time of day included, is returned as it is, for the schema
 * to refuse.
 */
export function yamlDateAsText(value: unknown): unknown {
  return value instanceof Date && !Number.isNaN(value.getTime()) && value.getTime() % 86_400_000 === 0 ? dayOf(value) : value;
}
