import { describe, expect, it } from 'vitest';
import { officeHoursBetween } from '@/rules/office-hours';
import { stockholmDate } from '@/rules/stockholm-time';
import { swedishNonWorkingDays } from '@/utils/holidays';
import { random } from '@/utils/random';

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

  it('keeps the rules of different office hours apart when asked in turn (each keeps its own calendar)', () => {
    const [from, to] = [new Date('2026-11-23T06:00:00Z'), new Date('2026-11-27T17:00:00Z')]; // Monday 07:00 → Friday 18:00
    const [days, short, weekends] = [
      { days: [1, 2, 3, 4, 5], start: '08:00', end: '17:00' },
      { days: [1, 2, 3, 4, 5], start: '09:00', end: '16:00' },
      { days: [1, 2, 3, 4, 5, 6, 7], start: '08:00', end: '17:00' },
    ];
    for (let round = 0; round < 3; round++) {
      expect(officeHoursBetween(from, to, days, holidays)).toBe(45);
      expect(officeHoursBetween(from, to, short, holidays)).toBe(35);
      expect(officeHoursBetween(from, new Date('2026-11-29T17:00:00Z'), weekends, holidays)).toBe(63);
    }
  });

  it('is zero when the end is before the start', () => {
    expect(officeHoursBetween(new Date('2026-11-24T10:00:00Z'), new Date('2026-11-23T10:00:00Z'))).toBe(0);
  });

  it('gives the Stockholm calendar date near midnight', () => {
    expect(stockholmDate(Date.parse('2026-11-23T23:30:00Z'))).toBe('2026-11-24');
  });
});

describe('office hours over many comments', () => {
  /** The plain definition: each working day's 08–17 overlap with the interval, day by day. */
  function walkDays(from: number, to: number, days: ReadonlySet<string>): number {
    let total = 0;
    for (let day = Date.parse(`${stockholmDate(from)}T00:00:00Z`) - 86_400_000; day <= to + 86_400_000; day += 86_400_000) {
      const iso = new Date(day).toISOString().slice(0, 10);
      const weekday = new Date(`${iso}T12:00:00Z`).getUTCDay() || 7;
      if (weekday > 5 || days.has(iso)) continue;
      // Stockholm 08:00 and 17:00 that day, found by trying both offsets (UTC+1 and UTC+2).
      const at = (h: number) => [1, 2].map((o) => day + (h - o) * 3_600_000).find((t) => new Date(t).toLocaleString('sv-SE', { timeZone: 'Europe/Stockholm', hour: '2-digit', hourCycle: 'h23' }) === String(h).padStart(2, '0'))!;
      const overlap = Math.min(to, at(17)) - Math.max(from, at(8));
      if (overlap > 0) total += overlap;
    }
    return total / 3_600_000;
  }

  it('agrees with a day-by-day count for random intervals across weekends, holidays and both clock changes', () => {
    const next = random(2026);
    const start = Date.parse('2025-01-01T00:00:00Z');
    for (let i = 0; i < 300; i++) {
      const from = start + Math.floor(next() * 700 * 86_400_000);
      const to = from + Math.floor(next() * 60 * 86_400_000);
      expect(officeHoursBetween(new Date(from), new Date(to), undefined, holidays)).toBeCloseTo(walkDays(from, to, holidays), 6);
    }
  });

  it('stays bounded for dates decades apart', () => {
    const hours = officeHoursBetween(new Date('1900-01-01T00:00:00Z'), new Date('2100-01-01T00:00:00Z'), undefined, holidays);
    expect(hours).toBeGreaterThan(20_000); // about ten years of working days are counted
    expect(hours).toBeLessThan(25_000);
  });
});
