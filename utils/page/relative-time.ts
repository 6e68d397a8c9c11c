/**
 * Resolves a time label as the sites show it ("3 tim", "2 d", "1 v", "Just nu", "3h", "2d", "1w",
 * "12 mars", "March 12, 2024", "a week ago", "Igår kl. 14:05") against the capture time.
 * Returns ISO 8601 or null; never throws. Clock times are read in the browser's local time zone,
 * which is the zone the site rendered them in. readTimeLabel also says how precise the label is:
 * "45 min" counted back is a minute's guess, "3 d" only a day's, and the record must not say more.
 */
import type { ShownTime, TimePrecision } from '@/rules/snapshot';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;

/** Month names and abbreviations, Swedish and English side by side (lowercase, without a trailing dot). */
const MONTHS: Record<string, number> = {
  januari: 0, january: 0, jan: 0,
  februari: 1, february: 1, feb: 1,
  mars: 2, march: 2, mar: 2,
  april: 3, apr: 3,
  maj: 4, may: 4,
  juni: 5, june: 5, jun: 5,
  juli: 6, july: 6, jul: 6,
  augusti: 7, august: 7, aug: 7,
  september: 8, sep: 8, sept: 8,
  oktober: 9, october: 9, okt: 9, oct: 9,
  november: 10, nov: 10,
  december: 11, dec: 11,
};

const WEEKDAYS: Record<string, number> = {
  söndag: 0, sunday: 0, måndag: 1, monday: 1, tisdag: 2, tuesday: 2, onsdag: 3, wednesday: 3,
  torsdag: 4, thursday: 4, fredag: 5, friday: 5, lördag: 6, saturday: 6,
};

/** Unit words → duration in ms (years and months are handled by calendar arithmetic), and the precision of an age in it. */
const UNITS: Array<[RegExp, number | 'month' | 'year', TimePrecision]> = [
  [/^(?:s|sek|sekund(?:er)?|secs?|seconds?)$/, 1000, 'minute'],
  [/^(?:m|min|mins|minut(?:er)?|minutes?)$/, MINUTE, 'minute'],
  [/^(?:h|t|tim|timm(?:e|ar)|hrs?|hours?)$/, HOUR, 'hour'],
  [/^(?:d|dag(?:ar)?|days?)$/, DAY, 'day'],
  [/^(?:v|w|v\.|vecka|veckor|wk|wks|weeks?)$/, WEEK, 'week'],
  [/^(?:mån|månad(?:er)?|mo|mos|months?)$/, 'month', 'month'],
  [/^(?:å|år|y|yr|yrs|years?)$/, 'year', 'year'],
];

const JUST_NOW = /^(?:just nu|nyss|now|just now|a few seconds ago|några sekunder sedan)$/;

const NUMBER_WORDS: Record<string, number> = { a: 1, an: 1, one: 1, en: 1, ett: 1, två: 2, two: 2, tre: 3, three: 3 };

/** A label read: the instant it stands for and how precisely. */
export interface ReadLabel {
  iso: string;
  precision: TimePrecision;
}

/** Labels already resolved against one capture time: a thread repeats "3 d" and its names thousands of times. */
const resolved = new Map<string, ReadLabel | null>();
let resolvedAt = Number.NaN;
const RESOLVED_LIMIT = 4096;

export function readTimeLabel(label: string, now: Date): ReadLabel | null {
  try {
    if (typeof label !== 'string' || label.length > 80 || Number.isNaN(now.getTime())) return null;
    if (now.getTime() !== resolvedAt) {
      resolved.clear();
      resolvedAt = now.getTime();
    }
    const known = resolved.get(label);
    if (known !== undefined) return known;
    const read = parseLabel(normalise(label), now);
    const result = read && !Number.isNaN(read.date.getTime()) ? { iso: read.date.toISOString(), precision: read.precision } : null;
    if (resolved.size < RESOLVED_LIMIT) resolved.set(label, result);
    return result;
  } catch {
    return null;
  }
}

export function parseRelativeTime(label: string, now: Date): string | null {
  return readTimeLabel(label, now)?.iso ?? null;
}

/** The label as shown (spaces tidied, at most 80 characters), with its precision and when it was shown. */
/** The capture time as text, made once per read rather than once per comment (a thread has thousands). */
let shownAtIso = { time: NaN, iso: '' };

export function shownTime(label: string, precision: TimePrecision, now: Date): ShownTime {
  if (now.getTime() !== shownAtIso.time) shownAtIso = { time: now.getTime(), iso: now.toISOString() };
  return { label: label.slice(0, 200).replace(/[\s\u200e\u200f]+/g, ' ').trim().slice(0, 80), precision, shownAt: shownAtIso.iso };
}

/** A label read from the page as postedAt and what it was read from; null when it is no time. */
export function postedFromLabel(label: string, now: Date): { postedAt: string; postedShown: ShownTime } | null {
  const read = readTimeLabel(label, now);
  return read && { postedAt: read.iso, postedShown: shownTime(label, read.precision, now) };
}

/** How closely a label pins the time down, closest first: a clock time beats an age counted in hours. */
const PRECISION_RANK: Record<TimePrecision, number> = { exact: 0, clock: 1, minute: 2, hour: 3, date: 4, day: 5, week: 6, month: 7, year: 8 };

/**
 * Of the labels one time is shown by (a link's text, its aria-label, its tooltip), the one that says
 * it most precisely: "3 tim" on the link, "fredag 5 december 2025 kl. 10:03" in its label. The first
 * of equally precise ones; null when none is a time.
 */
export function mostPreciseLabel(labels: ReadonlyArray<string | null | undefined>, now: Date): { postedAt: string; postedShown: ShownTime } | null {
  let best: { postedAt: string; postedShown: ShownTime } | null = null;
  for (const label of labels) {
    const read = label ? postedFromLabel(label.trim(), now) : null;
    if (read && (!best || PRECISION_RANK[read.postedShown.precision] < PRECISION_RANK[best.postedShown.precision])) best = read;
  }
  return best;
}

function normalise(label: string): string {
  return label
    .normalize('NFC')
    .replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '') // direction marks sites put around times
    .replace(/[\u00a0\u202f\s]+/g, ' ')
    .trim()
    .toLowerCase();
}

/**
 * The first words of the labels without a digit ("a week ago", "för en vecka sedan", "Just nu",
 * "igår", "tisdag kl. 10:15"): any other text without a digit is no time (names are asked about
 * thousands of times on a long thread, and the patterns below cost microseconds each).
 */
const WORDY_STARTS = new Set([
  'för', 'about', 'ungefär', 'just', 'nyss', 'now', 'några', 'idag', 'i', 'today', 'igår', 'yesterday',
  ...Object.keys(NUMBER_WORDS), ...Object.keys(WEEKDAYS),
]);

interface Parsed {
  date: Date;
  precision: TimePrecision;
}

/** A day as shown: to the minute with a clock ("igår kl. 14:05"), else the day only. */
function onDay(day: Date | null, clock: string | undefined): Parsed | null {
  const date = day && withClock(day, clock);
  return date && { date, precision: clock ? 'clock' : 'date' };
}

function parseLabel(text: string, now: Date): Parsed | null {
  if (!text || (!/\d/.test(text) && !WORDY_STARTS.has(text.split(' ', 1)[0].replace(/,$/, '')))) return null;
  if (JUST_NOW.test(text)) return { date: new Date(now), precision: 'minute' };
  return relative(text, now) ?? dayWord(text, now) ?? weekday(text, now) ?? absolute(text, now);
}

/** "3 tim", "3h", "2 d", "1 v", "1w", "a week ago", "för 2 dagar sedan", "5 mins". */
function relative(text: string, now: Date): Parsed | null {
  const m = /^(?:för |about |ungefär )?(\d{1,4}|an?|one|en|ett|två|two|tre|three) ?([a-zåäö.]+)(?: (?:ago|sedan))?$/u.exec(text);
  if (!m) return null;
  const count = /^\d/.test(m[1]) ? Number(m[1]) : NUMBER_WORDS[m[1]];
  const unitWord = m[2].replace(/\.$/, '');
  const found = UNITS.find(([re]) => re.test(unitWord));
  if (count === undefined || found === undefined) return null;
  const [, unit, precision] = found;
  const result = new Date(now);
  if (unit === 'month') result.setMonth(result.getMonth() - count);
  else if (unit === 'year') result.setFullYear(result.getFullYear() - count);
  // "2 d" is shown from 48 h up to 72 h: counted from the middle of the day (or week) it names, so a
  // wait is neither always short of the deadline by up to a day nor always past it. Minutes and hours are close enough.
  else result.setTime(now.getTime() - count * unit - (precision === 'day' || precision === 'week' ? unit / 2 : 0));
  return { date: result, precision };
}

/**
 * A clock time after a day: "kl. 14:05", "at 2:05 PM", or the time alone ("Igår 14:03",
 * "5 november 2025 14:03", "Nov 5, 2025, 2:03 PM"), as Facebook's tooltips also write it.
 * Group 1 of the two is the clock.
 */
const CLOCK_TAIL = '(?:,? (?:kl\\.?|at|klockan) ?(.+)|,? (\\d{1,2}[:.]\\d{2}(?: ?(?:am|pm|a\\.m\\.|p\\.m\\.))?))?';
const DAY_WORD = new RegExp(`^(idag|i dag|today|igår|i går|yesterday)${CLOCK_TAIL}$`);
const WEEKDAY_AND_CLOCK = new RegExp(`^([a-zåäö]+)${CLOCK_TAIL}$`);
const DATE_AND_CLOCK = new RegExp(`^(.*?)${CLOCK_TAIL}$`);

/** "igår", "I går kl. 14:05", "Yesterday at 2:05 PM", "Today at 9:00", "idag kl. 08.30", "Igår 14:03". */
function dayWord(text: string, now: Date): Parsed | null {
  const m = DAY_WORD.exec(text);
  if (!m) return null;
  const back = /^(idag|i dag|today)$/.test(m[1]) ? 0 : 1;
  const day = new Date(now.getFullYear(), now.getMonth(), now.getDate() - back);
  return onDay(day, m[2] ?? m[3]);
}

/** "Tuesday at 10:15", "tisdag kl. 10:15": the latest such weekday before today. */
function weekday(text: string, now: Date): Parsed | null {
  const m = WEEKDAY_AND_CLOCK.exec(text);
  const wd = m ? WEEKDAYS[m[1]] : undefined;
  if (!m || wd === undefined) return null;
  let back = (now.getDay() - wd + 7) % 7;
  if (back === 0) back = 7;
  return onDay(new Date(now.getFullYear(), now.getMonth(), now.getDate() - back), m[2] ?? m[3]);
}

/**
 * "12 mars", "12 mars 2024", "12 mars kl. 09:15", "March 12", "March 12, 2024", "12 March 2024",
 * "30 May at 11:02", "Nov 12", "12 nov.", "2024-03-12".
 */
function absolute(text: string, now: Date): Parsed | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[ t](\d{1,2})[:.](\d{2}))?$/.exec(text);
  if (iso) {
    const [, y, mo, d, h, mi] = iso;
    const date = validDate(Number(y), Number(mo) - 1, Number(d), h ? Number(h) : 0, mi ? Number(mi) : 0);
    return date && { date, precision: h ? 'clock' : 'date' };
  }
  const clockSplit = DATE_AND_CLOCK.exec(text);
  const datePart = stripWeekday((clockSplit?.[1] ?? text).replace(/,/g, ' ').replace(/\s+/g, ' ').trim());
  const clock = clockSplit?.[2] ?? clockSplit?.[3];
  const dayFirst = /^(\d{1,2})\.? ([a-zåäö]+)\.?(?: (\d{4}))?$/.exec(datePart);
  const monthFirst = /^([a-zåäö]+)\.? (\d{1,2})(?:st|nd|rd|th)?(?: (\d{4}))?$/.exec(datePart);
  let day: number, month: number | undefined, year: number | undefined;
  if (dayFirst) [day, month, year] = [Number(dayFirst[1]), MONTHS[dayFirst[2]], dayFirst[3] ? Number(dayFirst[3]) : undefined];
  else if (monthFirst) [day, month, year] = [Number(monthFirst[2]), MONTHS[monthFirst[1]], monthFirst[3] ? Number(monthFirst[3]) : undefined];
  else return null;
  if (month === undefined) return null;
  const base = validDate(year ?? now.getFullYear(), month, day, 0, 0);
  if (!base) return null;
  const result = withClock(base, clock);
  if (!result) return null;
  // A date without a year that lies ahead of the capture time is from last year.
  if (year === undefined && result.getTime() > now.getTime() + DAY) result.setFullYear(result.getFullYear() - 1);
  return { date: result, precision: clock ? 'clock' : 'date' };
}

/** "tuesday 12 march 2024" → "12 march 2024" (tooltips name the weekday first). */
function stripWeekday(datePart: string): string {
  const m = /^([a-zåäö]+) (.+)$/.exec(datePart);
  return m && WEEKDAYS[m[1]] !== undefined ? m[2] : datePart;
}

/** Sets "14:05", "14.05", "2:05 pm", "2 pm" on a local day; no clock keeps midnight. */
function withClock(day: Date, clock: string | undefined): Date | null {
  if (!clock) return day;
  const m = /^(\d{1,2})(?:[:.](\d{2}))? ?(am|pm|a\.m\.|p\.m\.)?$/.exec(clock.trim());
  if (!m) return null;
  let hours = Number(m[1]);
  const minutes = m[2] ? Number(m[2]) : 0;
  const meridiem = m[3]?.replace(/\./g, '');
  if (meridiem) {
    if (hours < 1 || hours > 12) return null;
    hours = (hours % 12) + (meridiem === 'pm' ? 12 : 0);
  }
  if (hours > 23 || minutes > 59) return null;
  return new Date(day.getFullYear(), day.getMonth(), day.getDate(), hours, minutes);
}

function validDate(year: number, month: number, day: number, hours: number, minutes: number): Date | null {
  if (year < 2000 || year > 2200 || month < 0 || month > 11 || day < 1 || day > 31 || hours > 23 || minutes > 59) return null;
  const date = new Date(year, month, day, hours, minutes);
  return date.getMonth() === month ? date : null; // rejects "31 februari"
}
