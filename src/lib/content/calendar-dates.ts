import { z } from 'astro/zod';

const DAY_MESSAGE = 'write the date as YYYY-MM-DD, a real calendar day with no time of day (e.g. 2025-11-14)';
const MONTH_MESSAGE = 'write the date as YYYY-MM-DD, or YYYY-MM when the article names only the month (e.g. 2025-09)';

/** True when the text names a real day or month: "2025-02-30" would roll over into March. */
function isRealDate(text: string): boolean {
  const date = new Date(text.length === 7 ? `${text}-01T00:00:00Z` : `${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}

/** YAML turns an unquoted 2025-11-14 into a Date at UTC midnight: read it back as the text. */
function dayTextOfYamlDate(value: unknown): unknown {
  return value instanceof Date && !Number.isNaN(value.getTime()) && value.getTime() % 86_400_000 === 0
    ? value.toISOString().slice(0, 10)
    : value;
}

/**
 * A calendar day written YYYY-MM-DD, quoted or not, as a Date at UTC midnight. A time of day,
 * another order or a day that does not exist is refused, so "when it was published" never
 * shifts with time zones or rolls into another month.
 */
export const calendarDay = z
  .preprocess(
    dayTextOfYamlDate,
    z
      .string({ error: DAY_MESSAGE })
      .regex(/^\d{4}-\d{2}-\d{2}$/, { error: DAY_MESSAGE, abort: true })
      .refine(isRealDate, { error: DAY_MESSAGE }),
  )
  .transform((text) => new Date(`${text}T00:00:00Z`));

/** A day (YYYY-MM-DD) or, when the article only names the month, a month (YYYY-MM), as text. */
export const dayOrMonth = z.preprocess(
  dayTextOfYamlDate,
  z
    .string({ error: MONTH_MESSAGE })
    .regex(/^\d{4}-\d{2}(?:-\d{2})?$/, { error: MONTH_MESSAGE, abort: true })
    .refine(isRealDate, { error: MONTH_MESSAGE }),
);
