import { useEffect, useState } from 'react';

/**
 * The time now, renewed every minute: a page left open all day (the account overview) says at 12:31
 * that the 12:30 round was missed, not only once something in the database changes.
 */
export function useMinuteClock(): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 60_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}
