import { describe, expect, it } from 'vitest';
import {
  calendarStart,
  dayOf,
  isCalendarDay,
  isDayOrMonth,
  isMonth,
  monthOf,
  monthOfDayOrMonth,
  yamlDateAsText,
} from '../../src/lib/content/calendar-dates.ts';
import { formatDayOrMonth } from '../../src/lib/arabic/dates.ts';
import { timeOf } from '../../src/lib/figures/chart-scales.ts';
import { calendarDay, dayOrMonth } from '../../src/lib/content/schemas.ts';

describe('calendar days and months', () => {
  it.each([
    ['2025-11-14', '2025-11-14T00:00:00.000Z'],
    ['2024-02-29', '2024-02-29T00:00:00.000Z'],
    ['2025-09', '2025-09-01T00:00:00.000Z'],
    ['2025-12', '2025-12-01T00:00:00.000Z'],
  ])('reads %s as the UTC midnight it starts on', (text, start) => {
    expect(calendarStart(text)?.toISOString()).toBe(start);
    expect(isDayOrMonth(text)).toBe(true);
  });

  it.each([
    ['a 29 February outside a leap year', '2025-02-29'],
    ['a 30 February', '2025-02-30'],
    ['a 31 April', '2025-04-31'],
    ['a thirteenth month', '2025-13-01'],
    ['a month 13', '2025-13'],
    ['a month 0', '2025-00'],
    ['a day 0', '2025-01-00'],
  ])('refuses %s', (_, text) => {
    expect(calendarStart(text)).toBeUndefined();
    expect(isDayOrMonth(text)).toBe(false);
    expect(isCalendarDay(text)).toBe(false);
  });

  it.each([
    ['14-11-2025'],
    ['2025/11/14'],
    ['2025-1-14'],
    ['2025-11-14T10:30:00Z'],
    ['20251114'],
    ['2025'],
    [' 2025-11-14'],
    ['yesterday'],
    [''],
  ])('refuses the shape %j', (text) => {
    expect(calendarStart(text)).toBeUndefined();
    expect(isCalendarDay(text)).toBe(false);
  });

  it('tells a day from a month', () => {
    expect(isCalendarDay('2025-11-14')).toBe(true);
    expect(isCalendarDay('2025-11')).toBe(false);
    expect([isMonth('2025-11'), isMonth('2025-11-14')]).toEqual([true, false]);
  });

  it('writes a date’s day and month in UTC, whatever the machine’s zone', () => {
    const date = new Date('2025-11-30T23:30:00-02:00');
    expect([dayOf(date), monthOf(date)]).toEqual(['2025-12-01', '2025-12']);
  });

  it('gives back the text of a YAML date, and leaves a time of day for the schema to refuse', () => {
    expect(yamlDateAsText(new Date('2025-11-14T00:00:00Z'))).toBe('2025-11-14');
    const withTime = new Date('2025-11-14T10:30:00Z');
    expect(yamlDateAsText(withTime)).toBe(withTime);
    expect(yamlDateAsText('2025-11')).toBe('2025-11');
  });
});

describe('the month of a day or month', () => {
  it('is the month the text names or falls in, and refuses anything else', () => {
    expect(monthOfDayOrMonth('2025-02-04')).toBe('2025-02');
    expect(monthOfDayOrMonth('2025-02')).toBe('2025-02');
    expect(() => monthOfDayOrMonth('2025-02-30')).toThrow(/not a day/);
  });
});

describe('every reader of dates uses this rule', () => {
  it('the schemas', () => {
    expect(calendarDay.safeParse('2024-02-29').success).toBe(true);
    expect(calendarDay.safeParse('2025-02-29').success).toBe(false);
    expect(dayOrMonth.safeParse('2025-13').success).toBe(false);
  });

  it('the Arabic date format and the chart’s time axis', () => {
    expect(formatDayOrMonth('2024-02-29')).toBe('29 فبراير 2024');
    expect(() => formatDayOrMonth('2025-02-29')).toThrow(/not a day/);
    expect(timeOf('2025-09')).toBe(calendarStart('2025-09')!.getTime());
    expect(() => timeOf('2025-13-01')).toThrow(/not a day/);
  });
});
