import { describe, expect, it } from 'vitest';
import { calendarDay, dayOrMonth } from '../../src/lib/content/schemas.ts';

describe('calendarDay', () => {
  it('accepts YAML’s Date and a quoted YYYY-MM-DD, both as UTC midnight', () => {
    expect(calendarDay.parse(new Date('2025-11-14T00:00:00Z')).toISOString()).toBe('2025-11-14T00:00:00.000Z');
    expect(calendarDay.parse('2025-11-14').toISOString()).toBe('2025-11-14T00:00:00.000Z');
  });

  it.each([
    ['a time of day', new Date('2025-11-14T10:30:00Z')],
    ['a day-month-year order', '14-11-2025'],
    ['an impossible day', '2025-02-30'],
    ['words', 'yesterday'],
    ['a number', 20251114],
  ])('refuses %s with a message saying how to write it', (_, value) => {
    const result = calendarDay.safeParse(value);
    expect(result.success).toBe(false);
  });

  it('explains the expected form', () => {
    const result = calendarDay.safeParse(new Date('2025-11-14T10:30:00Z'));
    expect(result.error?.issues[0]?.message).toMatch(/YYYY-MM-DD/);
  });
});

describe('dayOrMonth', () => {
  it('keeps a month or a day as written', () => {
    expect(dayOrMonth.parse('2025-09')).toBe('2025-09');
    expect(dayOrMonth.parse(new Date('2025-09-15T00:00:00Z'))).toBe('2025-09-15');
  });

  it('refuses other shapes', () => {
    expect(dayOrMonth.safeParse('September 2025').success).toBe(false);
    expect(dayOrMonth.safeParse('2025-13').success).toBe(false);
    expect(dayOrMonth.safeParse('2025-02-30').success).toBe(false);
  });
});
