import { describe, expect, it } from 'vitest';
import { stockholmClock, stockholmDate, zoneOffset } from '@/rules/stockholm-time';

const intl = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
});

describe('Stockholm wall-clock time', () => {
  it('reads date and clock as Stockholm shows them across the spring and autumn clock changes', () => {
    const at = (iso: string) => Date.parse(iso);
    expect([stockholmDate(at('2026-03-29T00:59:00Z')), stockholmClock(at('2026-03-29T00:59:00Z'))]).toEqual(['2026-03-29', '01:59']);
    expect(stockholmClock(at('2026-03-29T01:00:00Z'))).toBe('03:00'); // 02:00 does not exist that night
    expect(stockholmClock(at('2026-10-25T00:59:00Z'))).toBe('02:59');
    expect(stockholmClock(at('2026-10-25T01:00:00Z'))).toBe('02:00'); // the hour shown twice
    expect([stockholmDate(at('2026-12-31T23:30:00Z')), stockholmClock(at('2026-12-31T23:30:00Z'))]).toEqual(['2027-01-01', '00:30']);
    expect(zoneOffset(at('2026-07-01T12:00:00Z'))).toBe(2 * 3_600_000);
    expect(zoneOffset(at('2026-01-15T12:00:00Z'))).toBe(3_600_000);
  });

  it('agrees with the browser\'s own time-zone data around every clock change the EU rule is used for, and before and after', () => {
    const shown = (instant: number) => `${stockholmDate(instant)} ${stockholmClock(instant)}`;
    for (let year = 1990; year <= 2045; year++) {
      for (const month of [2, 9]) {
        const lastSunday = Date.UTC(year, month + 1, 0) - new Date(Date.UTC(year, month + 1, 0)).getUTCDay() * 86_400_000;
        // Every half hour of the Saturday to Monday around the last Sunday of March and October.
        for (let t = lastSunday - 86_400_000; t < lastSunday + 2 * 86_400_000; t += 1_800_000) {
          expect(shown(t)).toBe(intl.format(t).replace(',', ''));
        }
      }
    }
  });

  it('agrees with the browser\'s own time-zone formatting for any instant', () => {
    let seed = 7;
    const random = () => ((seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0) / 2 ** 32);
    const from = Date.parse('1980-01-01T00:00:00Z');
    const span = Date.parse('2050-01-01T00:00:00Z') - from;
    for (let i = 0; i < 3000; i++) {
      const instant = from + Math.floor(random() * span);
      expect(`${stockholmDate(instant)} ${stockholmClock(instant)}`).toBe(intl.format(instant).replace(',', ''));
    }
  });
});
