import { describe, expect, it } from 'vitest';
import { addMonths, documentationDue, latestRound, missedRound, publishingFrequency, registerReportDue, roundTimes } from '@/rules/monitoring';
import { DEFAULT_OFFICE_HOURS, inOfficeHours } from '@/rules/office-hours';
import { swedishNonWorkingDays } from '@/utils/holidays';

const holidays = new Set(swedishNonWorkingDays([2026]));
const office = DEFAULT_OFFICE_HOURS;

describe('monitoring rounds (R2)', () => {
  it('spreads Stockholm’s three rounds over office hours', () => {
    expect(roundTimes(3, office)).toEqual(['09:30', '12:30', '15:30']);
    expect(roundTimes(1, office)).toEqual(['12:30']);
  });

  it('names today\'s latest round once its time has passed, and none on weekends, holidays or before the first', () => {
    const tuesday1300 = new Date('2026-11-24T12:00:00Z'); // 13:00 in Stockholm
    expect(latestRound(tuesday1300, 3, office, holidays)).toEqual({ date: '2026-11-24', time: '12:30', from: '11:00' });
    expect(latestRound(tuesday1300, 1, office, holidays)).toEqual({ date: '2026-11-24', time: '12:30', from: '08:00' });
    expect(latestRound(new Date('2026-11-24T07:30:00Z'), 3, office, holidays)).toBeNull(); // 08:30, before the first round
    expect(latestRound(new Date('2026-11-28T12:00:00Z'), 3, office, holidays)).toBeNull(); // Saturday
    expect(latestRound(new Date('2026-12-25T12:00:00Z'), 3, office, holidays)).toBeNull(); // juldagen
  });

  it('an account missed the round unless watched in the round\'s part of the day, by Stockholm\'s clock', () => {
    const round = { date: '2026-11-24', time: '12:30', from: '11:00' }; // the second of three: 11:00–14:00
    expect(missedRound(undefined, round)).toBe(true);
    expect(missedRound('2026-11-24T11:40:00.000Z', round)).toBe(false); // 12:40
    expect(missedRound('2026-11-24T11:30:00.000Z', round)).toBe(false); // 12:30 sharp
    expect(missedRound('2026-11-24T10:00:00.000Z', round)).toBe(false); // 11:00, when its part begins
    expect(missedRound('2026-11-24T09:50:00.000Z', round)).toBe(true); // 10:50: the first round's
    expect(missedRound('2026-11-23T14:00:00.000Z', round)).toBe(true); // yesterday 15:00
  });

  it('a look in the morning is the day\'s round of a policy with one round a day (Perstorp, Helsingborg)', () => {
    const afternoon = latestRound(new Date('2026-11-24T13:00:00Z'), 1, office, holidays)!; // 14:00
    expect(missedRound('2026-11-24T07:30:00.000Z', afternoon)).toBe(false); // 08:30
    expect(missedRound('2026-11-24T06:30:00.000Z', afternoon)).toBe(true); // 07:30, before office hours
    // Three a day: a look at 15:20 is the last round's, due at 15:30.
    const last = latestRound(new Date('2026-11-24T14:30:00Z'), 3, office, holidays)!; // 15:30
    expect(missedRound('2026-11-24T14:20:00.000Z', last)).toBe(false);
  });

  it('reminders come only in office hours on working days', () => {
    expect(inOfficeHours(new Date('2026-11-24T12:00:00Z'), office, holidays)).toBe(true); // Tuesday 13:00
    expect(inOfficeHours(new Date('2026-11-24T21:30:00Z'), office, holidays)).toBe(false); // Tuesday 22:30
    expect(inOfficeHours(new Date('2026-11-24T06:59:00Z'), office, holidays)).toBe(false); // 07:59
    expect(inOfficeHours(new Date('2026-11-24T16:00:00Z'), office, holidays)).toBe(false); // 17:00, closed
    expect(inOfficeHours(new Date('2026-11-28T12:00:00Z'), office, holidays)).toBe(false); // Saturday
    expect(inOfficeHours(new Date('2026-12-25T12:00:00Z'), office, holidays)).toBe(false); // juldagen
  });
});

describe('documentation and register reports (R13, R15)', () => {
  it('asks for half-year documentation six months after the last', () => {
    expect(documentationDue(null, new Date('2026-11-23'), 6)).toBe(true);
    expect(documentationDue(new Date('2026-06-01'), new Date('2026-11-23'), 6)).toBe(false);
    expect(documentationDue(new Date('2026-05-01'), new Date('2026-11-23'), 6)).toBe(true);
    expect(documentationDue(null, new Date('2026-11-23'), null)).toBe(false);
  });

  it('counts six months on Stockholm\'s calendar, kept within the month: documented 31 August is due 28 February, not 3 March', () => {
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2027-08-31', 6)).toBe('2028-02-29');
    expect(addMonths('2026-12-15', 6)).toBe('2027-06-15');
    const documented = new Date('2026-08-31T10:00:00Z');
    expect(documentationDue(documented, new Date('2027-02-27T12:00:00Z'), 6)).toBe(false);
    expect(documentationDue(documented, new Date('2027-02-28T07:00:00Z'), 6)).toBe(true);
    // 00:30 on 1 June in Stockholm (31 May in UTC) is due on 1 December, Stockholm's date.
    expect(documentationDue(new Date('2026-05-31T22:30:00Z'), new Date('2026-11-30T12:00:00Z'), 6)).toBe(false);
    expect(documentationDue(new Date('2026-05-31T22:30:00Z'), new Date('2026-11-30T23:30:00Z'), 6)).toBe(true);
  });

  it('asks for the register report in February and September, once', () => {
    expect(registerReportDue(new Date('2026-02-03T10:00:00Z'), [2, 9], null)).toBe(true);
    expect(registerReportDue(new Date('2026-02-20T10:00:00Z'), [2, 9], new Date('2026-02-03T10:00:00Z'))).toBe(false);
    expect(registerReportDue(new Date('2026-11-23T10:00:00Z'), [2, 9], null)).toBe(false);
  });
});

describe('publishing frequency (R11)', () => {
  it('counts posts in the last 7 and 30 days', () => {
    const now = new Date('2026-11-23T12:00:00Z');
    const times = ['2026-11-22T10:00:00Z', '2026-11-18T10:00:00Z', '2026-11-10T10:00:00Z', '2026-09-01T10:00:00Z', 'not a date'];
    expect(publishingFrequency(times, now)).toEqual({ last7: 2, last30: 3 });
  });
});
