import { describe, expect, it } from 'vitest';
import { documentationDue, publishingFrequency, registerReportDue, roundDue, roundTimes } from '@/rules/monitoring';
import { DEFAULT_OFFICE_HOURS } from '@/rules/office-hours';
import { swedishNonWorkingDays } from '@/utils/holidays';

const holidays = new Set(swedishNonWorkingDays([2026]));
const office = DEFAULT_OFFICE_HOURS;

describe('monitoring rounds (R2)', () => {
  it('spreads Stockholm’s three rounds over office hours', () => {
    expect(roundTimes(3, office)).toEqual(['09:30', '12:30', '15:30']);
    expect(roundTimes(1, office)).toEqual(['12:30']);
  });

  it('is due after a round time with no round since, and not on weekends or holidays', () => {
    const tuesday1300 = new Date('2026-11-24T12:00:00Z'); // 13:00 in Stockholm
    expect(roundDue(null, tuesday1300, 3, office, holidays)).toBe(true);
    expect(roundDue(new Date('2026-11-24T11:40:00Z'), tuesday1300, 3, office, holidays)).toBe(false); // 12:40 round done
    expect(roundDue(new Date('2026-11-24T10:00:00Z'), tuesday1300, 3, office, holidays)).toBe(true); // 11:00: missed 12:30
    expect(roundDue(new Date('2026-11-23T15:00:00Z'), new Date('2026-11-24T07:30:00Z'), 3, office, holidays)).toBe(false); // 08:30, before the first round
    expect(roundDue(null, new Date('2026-11-28T12:00:00Z'), 3, office, holidays)).toBe(false); // Saturday
    expect(roundDue(null, new Date('2026-12-25T12:00:00Z'), 3, office, holidays)).toBe(false); // juldagen
  });
});

describe('documentation and register reports (R13, R15)', () => {
  it('asks for half-year documentation six months after the last', () => {
    expect(documentationDue(null, new Date('2026-11-23'), 6)).toBe(true);
    expect(documentationDue(new Date('2026-06-01'), new Date('2026-11-23'), 6)).toBe(false);
    expect(documentationDue(new Date('2026-05-01'), new Date('2026-11-23'), 6)).toBe(true);
    expect(documentationDue(null, new Date('2026-11-23'), null)).toBe(false);
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
