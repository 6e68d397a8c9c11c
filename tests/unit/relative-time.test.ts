import { describe, expect, it } from 'vitest';
import { parseRelativeTime, readTimeLabel } from '@/utils/page/relative-time';

// Monday 23 November 2026, 12:00 local time. Expected values are built with local-time
// constructors so the test holds in any time zone, as the labels are shown in local time.
const now = new Date(2026, 10, 23, 12, 0);
const local = (y: number, m: number, d: number, h = 0, min = 0) => new Date(y, m - 1, d, h, min).toISOString();
const ago = (ms: number) => new Date(now.getTime() - ms).toISOString();
const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

describe('parseRelativeTime: Swedish Facebook labels', () => {
  it.each([
    ['Just nu', ago(0)],
    ['1 min', ago(MIN)],
    ['5 min', ago(5 * MIN)],
    ['3 tim', ago(3 * HOUR)],
    ['2 d', ago(2 * DAY + DAY / 2)],
    ['1 v', ago(7 * DAY + 3.5 * DAY)],
    ['3 v', ago(21 * DAY + 3.5 * DAY)],
    ['för 2 dagar sedan', ago(2 * DAY + DAY / 2)],
    ['en vecka sedan', ago(7 * DAY + 3.5 * DAY)],
  ])('%s is that long before the capture (a day or a week from its middle)', (label, expected) => {
    expect(parseRelativeTime(label, now)).toBe(expected);
  });

  it('counts "1 år" as a calendar year back', () => {
    expect(parseRelativeTime('1 år', now)).toBe(local(2025, 11, 23, 12, 0));
  });

  it('reads "igår" as yesterday and keeps the clock of "I går kl. 14:05"', () => {
    expect(parseRelativeTime('igår', now)).toBe(local(2026, 11, 22));
    expect(parseRelativeTime('I går kl. 14:05', now)).toBe(local(2026, 11, 22, 14, 5));
  });

  it('reads dates with and without year and clock', () => {
    expect(parseRelativeTime('12 mars', now)).toBe(local(2026, 3, 12));
    expect(parseRelativeTime('12 mars 2024', now)).toBe(local(2024, 3, 12));
    expect(parseRelativeTime('12 mars kl. 09:15', now)).toBe(local(2026, 3, 12, 9, 15));
  });

  it('puts a year-less date that would lie in the future in last year', () => {
    expect(parseRelativeTime('24 december', now)).toBe(local(2025, 12, 24));
  });

  it('reads a weekday as the latest such day before today', () => {
    expect(parseRelativeTime('tisdag kl. 10:15', now)).toBe(local(2026, 11, 17, 10, 15));
  });
});

describe('parseRelativeTime: English and X labels', () => {
  it.each([
    ['Just now', ago(0)],
    ['1m', ago(MIN)],
    ['3h', ago(3 * HOUR)],
    ['2d', ago(2 * DAY + DAY / 2)],
    ['1w', ago(7 * DAY + 3.5 * DAY)],
    ['a week ago', ago(7 * DAY + 3.5 * DAY)],
    ['2 weeks ago', ago(14 * DAY + 3.5 * DAY)],
    ['an hour ago', ago(HOUR)],
  ])('%s is that long before the capture (a day or a week from its middle)', (label, expected) => {
    expect(parseRelativeTime(label, now)).toBe(expected);
  });

  it('reads "Yesterday at 2:05 PM" with the 12-hour clock', () => {
    expect(parseRelativeTime('Yesterday at 2:05 PM', now)).toBe(local(2026, 11, 22, 14, 5));
    expect(parseRelativeTime('Yesterday at 12:30 AM', now)).toBe(local(2026, 11, 22, 0, 30));
  });

  it.each([
    ['March 12', local(2026, 3, 12)],
    ['March 12, 2024', local(2024, 3, 12)],
    ['12 March 2024', local(2024, 3, 12)],
    ['30 May at 11:02', local(2026, 5, 30, 11, 2)],
    ['Nov 12', local(2026, 11, 12)],
    ['12 nov.', local(2026, 11, 12)],
    ['Tuesday, 12 March 2024 at 09:15', local(2024, 3, 12, 9, 15)],
  ])('%s is read as a date', (label, expected) => {
    expect(parseRelativeTime(label, now)).toBe(expected);
  });
});

describe('parseRelativeTime: what it refuses', () => {
  it.each([
    [''],
    ['Gilla'],
    ['Reply'],
    ['31 februari 2024'],
    ['12 mars kl. 25:00'],
    ['<script>alert(1)</script>'],
    ['\u202E3 tim'.repeat(40)],
    ['9999 v'.padEnd(200, 'x')],
  ])('returns null for %j', (label) => {
    expect(parseRelativeTime(label, now)).toBeNull();
  });

  it('does not throw on non-strings or an invalid capture time', () => {
    expect(parseRelativeTime(undefined as unknown as string, now)).toBeNull();
    expect(parseRelativeTime('3 tim', new Date(Number.NaN))).toBeNull();
  });

  it('ignores direction marks and non-breaking spaces around a label', () => {
    expect(parseRelativeTime('\u200e3\u00a0tim\u200f', now)).toBe(ago(3 * HOUR));
  });

  it('handles 1 MB of text quickly', () => {
    const start = Date.now();
    expect(parseRelativeTime('1 '.repeat(500_000), now)).toBeNull();
    expect(Date.now() - start).toBeLessThan(200);
  });
});

describe('parseRelativeTime: labels resolved before', () => {
  it('resolves a label again against a new capture time, not from what it gave for the last one', () => {
    const first = new Date('2026-11-23T12:00:00Z');
    const later = new Date('2026-11-23T15:00:00Z');
    expect(parseRelativeTime('3 tim', first)).toBe('2026-11-23T09:00:00.000Z');
    expect(parseRelativeTime('3 tim', later)).toBe('2026-11-23T12:00:00.000Z');
    expect(parseRelativeTime('3 tim', first)).toBe('2026-11-23T09:00:00.000Z');
    expect(parseRelativeTime('Anna Berg', first)).toBeNull();
    expect(parseRelativeTime('Anna Berg', first)).toBeNull();
  });
});

describe('parseRelativeTime: labels without a digit', () => {
  it.each([
    ['Nyss', ago(0)], ['now', ago(0)], ['a few seconds ago', ago(0)], ['Några sekunder sedan', ago(0)],
    ['för en vecka sedan', ago(7 * DAY + 3.5 * DAY)], ['ungefär en timme sedan', ago(HOUR)], ['about an hour ago', ago(HOUR)],
    ['en minut', ago(MIN)], ['ett år', local(2025, 11, 23, 12)], ['två dagar', ago(2 * DAY + DAY / 2)], ['tre veckor', ago(21 * DAY + 3.5 * DAY)],
    ['one day ago', ago(1.5 * DAY)], ['two hours ago', ago(2 * HOUR)], ['three weeks', ago(21 * DAY + 3.5 * DAY)],
    ['Idag kl. 08.30', local(2026, 11, 23, 8, 30)], ['i dag', local(2026, 11, 23)], ['Today at 9:00', local(2026, 11, 23, 9)],
    ['Tuesday at 10:15', local(2026, 11, 17, 10, 15)], ['söndag, kl. 18:00', local(2026, 11, 22, 18)],
  ])('%s', (label, expected) => {
    expect(parseRelativeTime(label, now)).toBe(expected);
  });

  it('takes no name or other text for a time', () => {
    for (const text of ['Karin Åberg', 'Idagbladet', 'Nowak Ek', 'Justina Berg', 'Tisdagsklubben', 'Sjöviks kommun', 'Författare']) {
      expect(parseRelativeTime(text, now)).toBeNull();
    }
  });
});

describe('readTimeLabel: how precise a label is', () => {
  // The record may say no more than the page did: "3 d" is some time that day, not 72 hours to the minute.
  it.each([
    ['45 min', 'minute'], ['Just nu', 'minute'], ['3 tim', 'hour'], ['3h', 'hour'], ['3 d', 'day'], ['för 2 dagar sedan', 'day'],
    ['1 v', 'week'], ['a week ago', 'week'], ['2 mån', 'month'], ['1 år', 'year'],
    ['12 nov', 'date'], ['igår', 'date'], ['tisdag', 'date'], ['2024-03-12', 'date'],
    ['12 mars kl. 09:15', 'clock'], ['I går kl. 14:05', 'clock'], ['Yesterday at 2:05 PM', 'clock'], ['2024-03-12 09:15', 'clock'],
  ])('%s is to the %s', (label, precision) => {
    expect(readTimeLabel(label, now)?.precision).toBe(precision);
    expect(readTimeLabel(label, now)?.iso).toBe(parseRelativeTime(label, now));
  });
});

describe('parseRelativeTime: a clock time after the day without "kl." or "at", as tooltips write it', () => {
  it.each([
    ['Igår 14:03', local(2026, 11, 22, 14, 3)],
    ['Yesterday 14:03', local(2026, 11, 22, 14, 3)],
    ['5 november 2026 14:03', local(2026, 11, 5, 14, 3)],
    ['Nov 5, 2026, 2:03 PM', local(2026, 11, 5, 14, 3)],
    ['fredag 20 november 2026 10:03', local(2026, 11, 20, 10, 3)],
    ['torsdag 10:15', local(2026, 11, 19, 10, 15)],
  ])('%s is that minute', (label, expected) => {
    expect(parseRelativeTime(label, now)).toBe(expected);
  });

  it('still reads a date with a year and no clock as that day', () => {
    expect(parseRelativeTime('Nov 5, 2026', now)).toBe(local(2026, 11, 5));
  });
});
