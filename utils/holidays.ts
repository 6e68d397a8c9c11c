import Holidays from 'date-holidays';

/**
 * Swedish public holidays plus the eves municipal offices close on (julafton, nyårsafton,
 * midsommarafton), as "YYYY-MM-DD", for the given years.
 */
export function swedishNonWorkingDays(years: number[]): string[] {
  const calendar = new Holidays('SE');
  const days = new Set<string>();
  for (const year of years) {
    for (const holiday of calendar.getHolidays(year)) {
      if (holiday.type === 'public' || holiday.type === 'bank') days.add(holiday.date.slice(0, 10));
    }
  }
  return [...days].sort();
}
