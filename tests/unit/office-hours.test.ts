import { describe, expect, it } from 'vitest';
import { officeHoursBetween, stockholmDate } from '@/rules/office-hours';
import { swedishNonWorkingDays } from '@/utils/holidays';

const holidays = new Set(swedishNonWorkingDays([2025, 2026]));

describe('office hours in Stockholm time', () => {
  it('counts only 08–17 on a weekday (winter time, UTC+1)', () => {
    // Monday 2026-11-23 07:00 → 18:00 Stockholm = 06:00Z → 17:00Z: nine office hours.
    expect(officeHoursBetween(new Date('2026-11-23T06:00:00Z'), new Date('2026-11-23T17:00:00Z'), undefined, holidays)).toBe(9);
  });

  it('skips the weekend: Friday 16:00 to Monday 09:00 is two hours', () => {
    expect(officeHoursBetween(new Date('2026-11-20T15:00:00Z'), new Date('2026-11-23T08:00:00Z'), undefined, holidays)).toBe(2);
  });

  it('uses summer time (UTC+2) in June', () => {
    // Wednesday 2026-06-10 08:00–12:00 Stockholm = 06:00Z–10:00Z
    expect(officeHoursBetween(new Date('2026-06-10T06:00:00Z'), new Date('2026-06-10T10:00:00Z'), undefined, holidays)).toBe(4);
  });

  it('skips Swedish public holidays and julafton', () => {
    // 2026-12-23 (Wed) 08:00 → 2026-12-28 (Mon) 17:00: only the 23rd and the 28th count; 24–27 are off.
    const hours = officeHoursBetween(new Date('2026-12-23T07:00:00Z'), new Date('2026-12-28T16:00:00Z'), undefined, holidays);
    expect(hours).toBe(18);
    expect(holidays.has('2026-06-19')).toBe(true); // midsommarafton
    expect(holidays.has('2026-06-06')).toBe(true); // nationaldagen
  });

  it('is zero when the end is before the start', () => {
    expect(officeHoursBetween(new Date('2026-11-24T10:00:00Z'), new Date('2026-11-23T10:00:00Z'))).toBe(0);
  });

  it('gives the Stockholm calendar date near midnight', () => {
    expect(stockholmDate(Date.parse('2026-11-23T23:30:00Z'))).toBe('2026-11-24');
  });
});
