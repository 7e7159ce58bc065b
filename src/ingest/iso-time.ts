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
const LAST_FOUR_DIGIT_YEAR = 253_402_300_800_000;
const TWO_DIGITS = Array.from({ length: 60 }, (_, i) => String(i).padStart(2, '0'));
let lastDay = NaN;
// `YYYY-MM-DDT` of `lastDay`.
let lastDate = '';
