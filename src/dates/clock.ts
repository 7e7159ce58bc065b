/** Clock times of day ("2pm", "10:30am", "14:00") and ranges of them ("2pm – 4pm"). Pure. */

export interface ClockTime {
  /** 0-23 */
  h: number;
  /** 0-59 */
  m: number;
}

interface RawTime {
  h: number;
  m?: number;
  meridiem?: 'am' | 'pm';
}

// "2pm", "2 pm", "2:30pm", "2.30 p.m.", "14:00"; a bare number is accepted only as a range start.
const TIME = String.raw`(\d{1,2})(?:[:.](\d{2}))?(?:\s*([ap])\.?m\.?(?![\p{L}\p{N}]))?`;
const RANGE_RE = new RegExp(`${TIME}(?:\\s*(?:–|—|-|to)\\s*${TIME})?`, 'iyu');
const TIME_RE = new RegExp(TIME, 'iyu');

const raw = (h?: string, m?: string, ap?: string): RawTime | undefined => {
  if (h === undefined) return undefined;
  const t: RawTime = { h: Number(h) };
  if (m !== undefined) t.m = Number(m);
  if (ap !== undefined) t.meridiem = ap.toLowerCase() === 'a' ? 'am' : 'pm';
  return t;
};

const resolve = (t: RawTime, meridiem = t.meridiem): ClockTime | undefined => {
  const m = t.m ?? 0;
  if (m > 59) return undefined;
  if (meridiem === undefined) return t.h <= 23 ? { h: t.h, m } : undefined;
  if (t.h < 1 || t.h > 12) return undefined;
  // 12pm is noon, 12am is midnight.
  return { h: (t.h % 12) + (meridiem === 'pm' ? 12 : 0), m };
};

const minutes = (t: ClockTime): number => t.h * 60 + t.m;

/** Reads a start time, and an end time if one follows, at `pos` in `text` (ignoring what comes after). */
export function parseTimeRangeAt(text: string, pos: number): { start: ClockTime; end?: ClockTime; endIndex: number } | undefined {
  RANGE_RE.lastIndex = pos;
  const m = RANGE_RE.exec(text);
  if (!m) return undefined;
  const a = raw(m[1], m[2], m[3])!;
  const b = raw(m[4], m[5], m[6]);
  const looksLikeTime = (t: RawTime): boolean => t.m !== undefined || t.meridiem !== undefined;
  if (b && looksLikeTime(b) && (looksLikeTime(a) || b.meridiem !== undefined)) {
    const end = resolve(b);
    let start = resolve(a);
    if (end && a.meridiem === undefined && b.meridiem !== undefined) {
      // "2 – 4pm" shares the end's am/pm; "10:30 – 12pm" cannot, so it takes the other one.
      const shared = resolve(a, b.meridiem);
      const other = resolve(a, b.meridiem === 'am' ? 'pm' : 'am');
      start = shared && minutes(shared) < minutes(end) ? shared : other && minutes(other) < minutes(end) ? other : shared;
    }
    if (start && end) return { start, end, endIndex: m.index + m[0].length };
  }
  if (!looksLikeTime(a)) return undefined;
  const start = resolve(a);
  if (!start) return undefined;
  // Only the start time: report where it ends, not where the failed range did.
  TIME_RE.lastIndex = pos;
  const single = TIME_RE.exec(text)!;
  return { start, endIndex: single.index + single[0].length };
}

/** Reads a whole string as a time range ("14:00-16:00", "2pm – 4pm"); undefined unless it is exactly one. */
export function parseTimeRange(text: string): { start: ClockTime; end: ClockTime } | undefined {
  const trimmed = text.trim();
  const found = parseTimeRangeAt(trimmed, 0);
  if (!found || !found.end || found.endIndex !== trimmed.length) return undefined;
  return { start: found.start, end: found.end };
}

/** "2pm", "10:30am", "12pm" (noon) on the 12-hour clock; "14:00" on the 24-hour clock. */
export function formatClock(t: ClockTime, clock: 12 | 24 = 12): string {
  const mm = String(t.m).padStart(2, '0');
  if (clock === 24) return `${String(t.h).padStart(2, '0')}:${mm}`;
  const h = t.h % 12 === 0 ? 12 : t.h % 12;
  return `${h}${t.m === 0 ? '' : `:${mm}`}${t.h < 12 ? 'am' : 'pm'}`;
}

/** "2pm – 4pm": an en dash with spaces, as in the seeds. */
export function formatTimeRange(start: ClockTime, end: ClockTime | undefined, clock: 12 | 24 = 12): string {
  return end === undefined ? formatClock(start, clock) : `${formatClock(start, clock)} – ${formatClock(end, clock)}`;
}

/** Minutes since midnight, for comparing times. */
export const clockMinutes = minutes;
