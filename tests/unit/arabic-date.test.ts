import { describe, expect, it } from 'vitest';
import { formatArabicDate, formatArabicDateFull, formatDayOrMonth, formatHijriDate, isoDay, yearOf } from '../../src/lib/arabic/dates.ts';

describe('formatArabicDate', () => {
  it('writes day, Arabic month name and year with Western digits', () => {
    expect(formatArabicDate(new Date('2025-11-14T00:00:00Z'))).toBe('14 نوفمبر 2025');
    expect(formatArabicDate(new Date('2024-10-18T00:00:00Z'))).toBe('18 أكتوبر 2024');
    expect(formatArabicDate(new Date('2025-02-04T00:00:00Z'))).toBe('4 فبراير 2025');
  });

  it('reads the calendar day in UTC, whatever the machine’s time zone', () => {
    expect(formatArabicDate(new Date('2025-01-01T00:00:00Z'))).toBe('1 يناير 2025');
    expect(formatArabicDate(new Date('2025-12-31T23:59:59Z'))).toBe('31 ديسمبر 2025');
  });
});

describe('isoDay and yearOf', () => {
  it('give the machine-readable day and the year', () => {
    const date = new Date('2025-04-28T00:00:00Z');
    expect(isoDay(date)).toBe('2025-04-28');
    expect(yearOf(date)).toBe(2025);
  });
});

describe('formatDayOrMonth', () => {
  it('says a month or a day as readers write it', () => {
    expect(formatDayOrMonth('2025-09')).toBe('سبتمبر 2025');
    expect(formatDayOrMonth('2025-09-14')).toBe('14 سبتمبر 2025');
  });
});

describe('formatArabicDateFull and formatHijriDate', () => {
  it('write the weekday, both month names and the year', () => {
    expect(formatArabicDateFull(new Date('2025-11-14T00:00:00Z'))).toBe('الجمعة 14 نوفمبر/تشرين الثاني 2025');
    expect(formatArabicDateFull(new Date('2025-01-05T00:00:00Z'))).toBe('الأحد 5 يناير/كانون الثاني 2025');
    expect(formatArabicDateFull(new Date('2024-08-01T00:00:00Z'))).toBe('الخميس 1 أغسطس/آب 2024');
  });

  it('give the Hijri date in the Umm al-Qura calendar', () => {
    expect(formatHijriDate(new Date('2025-11-14T00:00:00Z'))).toBe('23 جمادى الأولى 1447 هـ');
    expect(formatHijriDate(new Date('2024-10-18T00:00:00Z'))).toBe('15 ربيع الآخر 1446 هـ');
  });
});
