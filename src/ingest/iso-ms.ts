/**
 * `Date.parse` of the ISO date-times exporters write (`2026-03-13T14:00:03.123+00:00`),
 * without parsing the whole string per message: the day and zone are read once (through
 * `Date.parse` itself) and the clock added to them. A time with a zone is a fixed offset,
 * so the sum is exact; anything else (no zone, other widths, hour 24) goes to `Date.parse`.
 */

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const two = (v: string, i: number): number => (v.charCodeAt(i) - 48) * 10 + v.charCodeAt(i + 1) - 48;
// Where `YYYY-MM-DDTHH:MM:SS` has its digits.
const DIGITS = [0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18];

// The last day (`YYYYMMDD` as a number) and zone (as `zone` below) read, and what `Date.parse` gives for that day's midnight in that zone.
let lastDay = -1;
let lastZone = 0;
let lastBase = NaN;

/** Exactly `Date.parse(v)`. */
export function isoMs(v: string): number {
  const n = v.length;
  if (n < 20 || v.charCodeAt(4) !== 45 || v.charCodeAt(7) !== 45 || v.charCodeAt(10) !== 84 || v.charCodeAt(13) !== 58 || v.charCodeAt(16) !== 58) return Date.parse(v);
  for (let k = 0; k < DIGITS.length; k++) if (!isDigit(v.charCodeAt(DIGITS[k]!))) return Date.parse(v);
  let i = 19;
  let ms = 0;
  if (v.charCodeAt(i) === 46) {
    if (!isDigit(v.charCodeAt(i + 1)) || !isDigit(v.charCodeAt(i + 2)) || !isDigit(v.charCodeAt(i + 3))) return Date.parse(v);
    ms = (v.charCodeAt(i + 1) - 48) * 100 + two(v, i + 2);
    i += 4;
  }
  // The zone: `Z` or `±HH:MM`, and nothing after it.
  const z = v.charCodeAt(i);
  if (!(z === 90 && n === i + 1) && !((z === 43 || z === 45) && n === i + 6)) return Date.parse(v);
  const h = two(v, 11);
  const m = two(v, 14);
  const s = two(v, 17);
  if (h > 23 || m > 59 || s > 59) return Date.parse(v);
  const day = ((two(v, 0) * 100 + two(v, 2)) * 100 + two(v, 5)) * 100 + two(v, 8);
  // One number per zone: 0 for `Z`, then sign, hours and minutes.
  if (z !== 90 && !(isDigit(v.charCodeAt(i + 1)) && isDigit(v.charCodeAt(i + 2)) && v.charCodeAt(i + 3) === 58 && isDigit(v.charCodeAt(i + 4)) && isDigit(v.charCodeAt(i + 5)))) return Date.parse(v);
  const zone = z === 90 ? 0 : (z === 43 ? 10000 : 20000) + two(v, i + 1) * 100 + two(v, i + 4);
  if (day !== lastDay || zone !== lastZone) {
    lastDay = day;
    lastZone = zone;
    lastBase = Date.parse(`${v.slice(0, 10)}T00:00:00${v.slice(i)}`);
  }
  if (Number.isNaN(lastBase)) return Date.parse(v);
  return lastBase + ((h * 60 + m) * 60 + s) * 1000 + ms;
}
