/**
 * `new Date(ms).toISOString()` without milliseconds and `Z` (then `suffix`) without a Date per call:
 * a long export has a time per message, and its messages come day by day, so the
 * date part is made once per day. One flat string, where `+` would keep a cons
 * string of parts in every message. Outside 1970..9999 it asks Date (which writes six-digit years).
 */
export function isoSeconds(ms: number, suffix = ''): string {
  if (!(ms >= 0 && ms < LAST_FOUR_DIGIT_YEAR)) return `${new Date(ms).toISOString().replace(/\.\d{3}Z$/, '')}${suffix}`;
  const day = Math.floor(ms / DAY);
  if (day !== lastDay) {
    lastDate = new Date(day * DAY).toISOString().slice(0, 11);
    lastDay = day;
  }
  const s = Math.floor((ms - day * DAY) / 1000);
  return [lastDate, TWO_DIGITS[Math.floor(s / 3600)], ':', TWO_DIGITS[Math.floor(s / 60) % 60], ':', TWO_DIGITS[s % 60], suffix].join('');
}

const DAY = 86_400_000;
/** The last second a Date can hold (8.64e15 ms): a Unix time past it is no time. */
export const LAST_DATE_SECOND = 8.64e12;
const LAST_FOUR_DIGIT_YEAR = 253_402_300_800_000;
const TWO_DIGITS = Array.from({ length: 60 }, (_, i) => String(i).padStart(2, '0'));
let lastDay = NaN;
// `YYYY-MM-DDT` of `lastDay`.
let lastDate = '';

/**
 * `Date.parse(s)`, with the usual export time (`YYYY-MM-DDTHH:MM:SS`, a fraction, then `Z` or
 * `±HH:MM`) read by hand: a long export parses one per record, and Date.parse is the costly part.
 * Any other shape, or a value out of the plain ranges, goes to Date.parse itself.
 */
export function isoMs(s: string): number {
  const n = s.length;
  if (n < 20 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45 || s.charCodeAt(10) !== 84 || s.charCodeAt(13) !== 58 || s.charCodeAt(16) !== 58) {
    return Date.parse(s);
  }
  const year = digits(s, 0, 4);
  const month = digits(s, 5, 2);
  const day = digits(s, 8, 2);
  const hour = digits(s, 11, 2);
  const minute = digits(s, 14, 2);
  const second = digits(s, 17, 2);
  // Date.UTC reads years below 100 as 19xx.
  if (year < 100 || month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59 || hour < 0 || minute < 0 || second < 0) return Date.parse(s);
  let i = 19;
  let ms = 0;
  if (s.charCodeAt(i) === 46) {
    // Date.parse keeps the first three digits of a fraction and drops the rest.
    const start = ++i;
    while (i < n && isDigit(s.charCodeAt(i))) i++;
    if (i === start) return Date.parse(s);
    for (let k = start; k < start + 3; k++) ms = ms * 10 + (k < i ? s.charCodeAt(k) - 48 : 0);
  }
  let offset = 0;
  const c = s.charCodeAt(i);
  if (c === 90 && i + 1 === n) offset = 0;
  else if ((c === 43 || c === 45) && i + 6 === n && s.charCodeAt(i + 3) === 58) {
    const oh = digits(s, i + 1, 2);
    const om = digits(s, i + 4, 2);
    if (oh < 0 || oh > 23 || om < 0 || om > 59) return Date.parse(s);
    offset = (c === 43 ? 1 : -1) * (oh * 60 + om) * 60_000;
  } else return Date.parse(s);
  const key = year * 10_000 + month * 100 + day;
  if (key !== lastKey) {
    // Days past a month's end roll over into the next month, as Date.parse lets them.
    lastDayMs = Date.UTC(year, month - 1, day);
    lastKey = key;
  }
  return lastDayMs + ((hour * 60 + minute) * 60 + second) * 1000 + ms - offset;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** `YYYY-MM-DD` that names a real day of a four-digit year: not `2026-02-31`, `2026-03-73` or `0026-03-13`. */
export function isCalendarDate(date: string): boolean {
  if (!CALENDAR.test(date)) return false;
  const d = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(date);
}
const CALENDAR = /^[1-9]\d{3}-\d{2}-\d{2}$/;

/** The number written by `length` digits at `at`, or -1. */
function digits(s: string, at: number, length: number): number {
  let v = 0;
  for (let k = at; k < at + length; k++) {
    const c = s.charCodeAt(k);
    if (!isDigit(c)) return -1;
    v = v * 10 + c - 48;
  }
  return v;
}

let lastKey = -1;
let lastDayMs = 0;
