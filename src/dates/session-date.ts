/**
 * Session dates as people write them in overviews ("Friday 26 June 2026, 2pm – 4pm",
 * "Thursday 23 October 2025, 10:00 – 12:00", "26 June 2026"): finding, reading and
 * writing them. Pure and dependency-free so lint rules can import it cheaply.
 */
import { formatTimeRange, parseTimeRangeAt, type ClockTime } from './clock.js';

export { clockMinutes, formatClock, formatTimeRange, parseTimeRange, type ClockTime } from './clock.js';

export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

export interface SessionDateMatch {
  /** The weekday as a full English name ("Friday"), when the text names one. */
  weekday?: string;
  /** The weekday exactly as written ("Fri", "friday"). */
  weekdayText?: string;
  /** As written: may be impossible (31 February); check with `isValidDate`. */
  date: CivilDate;
  start?: ClockTime;
  end?: ClockTime;
  /** Offset of the match in the text (UTF-16 code units, as String#slice). */
  index: number;
  length: number;
}

export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;
export const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

const WEEKDAY_RE = '(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?';
const MONTH_RE = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*';
// Weekday optional; day-first (en-GB); ordinal suffixes allowed; a four-digit year is required.
const DATE_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(${WEEKDAY_RE})\\.?,?\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_RE})\\.?,?\\s+(\\d{4})(?![\\p{L}\\p{N}])`,
  'giu',
);
// A day number followed by a month name: every date has one, most text has none, and without the
// look-behind and groups this scan is much cheaper than DATE_RE (same flags, so the same characters match).
const MAYBE_DATE = new RegExp(`\\d(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_RE}`, 'iu');
// What may stand between the date and its times: ", 2pm", " at 2pm", ", from 14:00", " 14:00".
const JOIN_RE = /,?\s*(?:(?:at|from)\s+)?/iy;

const monthNumber = (text: string): number | undefined => {
  const lower = text.toLowerCase();
  const index = MONTHS.findIndex((m) => {
    const name = m.toLowerCase();
    // "sept" is the one abbreviation longer than three letters.
    return lower === name || lower === name.slice(0, 3) || (name === 'september' && lower === 'sept');
  });
  return index < 0 ? undefined : index + 1;
};

const weekdayName = (text: string): string | undefined => {
  const lower = text.toLowerCase();
  // A full name, or an abbreviation of it ("Fri", "Tues", "Thurs"); "Frisday" is neither.
  return WEEKDAYS.find((w) => {
    const name = w.toLowerCase();
    return lower === name || (lower.length <= 5 && name.startsWith(lower));
  });
};

/** True when the day exists in the proleptic Gregorian calendar. */
export function isValidDate(year: number, month: number, day: number): boolean {
  return Number.isInteger(year) && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The English weekday name of a (valid) date, e.g. weekdayOf(2026, 6, 26) === 'Friday'. */
export function weekdayOf(year: number, month: number, day: number): string {
  const d = new Date(Date.UTC(2000, month - 1, day));
  d.setUTCFullYear(year); // Date.UTC maps years 0-99 to 1900-1999; set the year explicitly.
  return WEEKDAYS[(d.getUTCDay() + 6) % 7]!;
}

const matchAt = (text: string, m: RegExpExecArray): SessionDateMatch | undefined => {
  const [whole, weekdayText, dayText, monthText, yearText] = m;
  const month = monthNumber(monthText!);
  const weekday = weekdayText === undefined ? undefined : weekdayName(weekdayText);
  if (month === undefined) return undefined;
  // An unknown weekday word ("Frinesday") is not part of the date; the date still counts.
  const skip = weekdayText !== undefined && weekday === undefined ? whole.search(/\d/) : 0;
  const match: SessionDateMatch = {
    date: { year: Number(yearText), month, day: Number(dayText) },
    index: m.index + skip,
    length: whole.length - skip,
  };
  if (weekday !== undefined) Object.assign(match, { weekday, weekdayText });
  JOIN_RE.lastIndex = m.index + whole.length;
  JOIN_RE.exec(text);
  const times = parseTimeRangeAt(text, JOIN_RE.lastIndex);
  if (times) {
    match.start = times.start;
    if (times.end) match.end = times.end;
    match.length = times.endIndex - m.index;
  }
  return match;
};

/** Every session date in the text, in order of appearance. */
export function findSessionDates(text: string): SessionDateMatch[] {
  const found: SessionDateMatch[] = [];
  if (!MAYBE_DATE.test(text)) return found;
  DATE_RE.lastIndex = 0;
  for (let m = DATE_RE.exec(text); m !== null; m = DATE_RE.exec(text)) {
    const match = matchAt(text, m);
    if (match) {
      found.push(match);
      DATE_RE.lastIndex = match.index + match.length;
    }
  }
  return found;
}

/** The first session date anywhere in the text, if any. */
export function parseSessionDate(text: string): SessionDateMatch | undefined {
  return findSessionDates(text)[0];
}

export interface FormatSessionOptions {
  /** 12 (default, "2pm – 4pm") or 24 ("14:00 – 16:00"). */
  clock?: 12 | 24;
  /** Leave out the weekday. */
  weekday?: boolean;
}

/** Writes a session as the seeds do: "Friday 26 June 2026, 2pm – 4pm". */
export function formatSessionDate(date: CivilDate, start?: ClockTime, end?: ClockTime, options: FormatSessionOptions = {}): string {
  const { year, month, day } = date;
  const dayText = `${day} ${MONTHS[month - 1]} ${year}`;
  const datePart = options.weekday === false ? dayText : `${weekdayOf(year, month, day)} ${dayText}`;
  if (!start) return datePart;
  return `${datePart}, ${formatTimeRange(start, end, options.clock ?? 12)}`;
}
