/**
 * What `ChatExport.date`, `start` and `end` need from the messages' times, read in one pass:
 * the runs of neighbours that share a date. A long export's times are slices of its text,
 * scattered through memory, so each pass over them costs about as much as a parser's own step.
 */
import type { Message } from '../types.js';
import { isCalendarDate } from './iso-time.js';

/** Neighbouring timed messages with one date (`undefined`: times with none, such as `14:05:00`). */
export interface TimeRun {
  date: string | undefined;
  first: string;
  last: string;
  count: number;
}

/** The runs in message order; messages without a time belong to none and break none. */
export function timeRuns(messages: readonly Message[]): TimeRun[] {
  const runs: TimeRun[] = [];
  let run: TimeRun | undefined;
  // Indexed: for-of steps an iterator object, and a short loop is never optimised.
  for (let i = 0; i < messages.length; i++) {
    const t = messages[i]!.time;
    if (t === undefined) continue;
    // The same string as the last one (interned times repeat within their minute): the same date, with no read of it.
    if (run !== undefined && t === run.last) {
      run.count++;
      continue;
    }
    // A whole YYYY-MM-DD: a time that starts with it has that date.
    if (run !== undefined && (run.date === undefined ? !hasDatePrefix(t) : t.startsWith(run.date))) {
      run.last = t;
      run.count++;
      continue;
    }
    run = { date: hasDatePrefix(t) ? t.slice(0, 10) : undefined, first: t, last: t, count: 1 };
    runs.push(run);
  }
  return runs;
}

/** The date most messages carry (the later date on a tie). */
export function commonDate(runs: readonly TimeRun[]): string | undefined {
  const counts = new Map<string, number>();
  for (const r of runs) if (r.date !== undefined) counts.set(r.date, (counts.get(r.date) ?? 0) + r.count);
  let best: string | undefined;
  let top = 0;
  for (const [d, n] of counts) {
    // A time kept as written may carry a date no calendar has (`2026-03-73`): never the export's date.
    if (!isCalendarDate(d)) continue;
    if (n > top || (n === top && best !== undefined && d > best)) {
      best = d;
      top = n;
    }
  }
  return best;
}

/**
 * `HH:MM` of the first and last timed message. Messages dated before `date` (a paste
 * that starts with "Yesterday") are left out; later ones (past midnight) and undated
 * times count.
 */
export function span(runs: readonly TimeRun[], date: string | undefined): { start?: string; end?: string } {
  // `date` is a YYYY-MM-DD, as ChatExport.date always is.
  // A time kept as written with no real day (`2026-03-73`) belongs to no day, so to no span.
  const counts = (r: TimeRun) => r.date === undefined || ((date === undefined || r.date >= date) && isCalendarDate(r.date));
  const first = runs.find(counts)?.first;
  const last = runs.findLast(counts)?.last;
  const out: { start?: string; end?: string } = {};
  const start = hhmm(first);
  const end = hhmm(last);
  if (start) out.start = start;
  if (end) out.end = end;
  return out;
}

const hhmm = (t: string | undefined) => /(?:T|^)((?:[01]\d|2[0-3]):[0-5]\d)/.exec(t ?? '')?.[1];

// Where `YYYY-MM-DD` has its digits.
const DATE_DIGITS = [0, 1, 2, 3, 5, 6, 8, 9];

function hasDatePrefix(t: string): boolean {
  if (t.length < 10 || t.charCodeAt(4) !== 45 || t.charCodeAt(7) !== 45) return false;
  for (let k = 0; k < DATE_DIGITS.length; k++) {
    const c = t.charCodeAt(DATE_DIGITS[k]!);
    if (c < 48 || c > 57) return false;
  }
  return true;
}
