/**
 * The dates of a recurring series: every N days, weeks or calendar months, or an RRULE,
 * limited by a count or an end date, leaving out skipped dates. Civil dates only: times
 * and zones come later (sessions.ts), so a clock change cannot move a date.
 */
import { DateTime } from 'luxon';
import { UsageError } from '../errors.js';
import type { CivilDate } from './session-date.js';

export type Recurrence =
  | { kind: 'every'; n: number; unit: 'd' | 'w' | 'm' }
  | { kind: 'rrule'; rule: string };

export type Limit = { count: number } | { until: CivilDate };

/** Why a date is left out, or undefined to keep it. May throw (e.g. beyond the holiday data). */
export type SkipReason = (date: CivilDate) => string | undefined;

export interface SeriesRequest {
  start: CivilDate;
  recurrence: Recurrence;
  limit: Limit;
  skip?: SkipReason;
}

export interface Series {
  dates: CivilDate[];
  skipped: { date: CivilDate; reason: string }[];
}

/** A series longer than this is surely a typo (and would flood an overview). */
export const MAX_SESSIONS = 500;
// Enough candidates for MAX_SESSIONS even if many are skipped; bounds rules that rarely match.
const MAX_CANDIDATES = 20 * MAX_SESSIONS;

export const compareDates = (a: CivilDate, b: CivilDate): number =>
  a.year - b.year || a.month - b.month || a.day - b.day;

export const isoDate = (d: CivilDate): string =>
  `${String(d.year).padStart(4, '0')}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;

const civil = (dt: DateTime): CivilDate => ({ year: dt.year, month: dt.month, day: dt.day });

/**
 * Adds calendar months keeping the day of month, clamped to the month's last day (luxon's
 * rule): 31 January + 1 month = 28 (or 29) February, + 2 months = 31 March.
 */
export const addMonths = (d: CivilDate, months: number): CivilDate =>
  civil(DateTime.fromObject(d, { zone: 'UTC' }).plus({ months }));

function* every(start: CivilDate, n: number, unit: 'd' | 'w' | 'm'): Generator<CivilDate> {
  // Civil dates in UTC, which has no clock changes; each occurrence is counted from the
  // start, so one short month does not pull the later ones back (31 Mar after 28 Feb).
  const origin = DateTime.fromObject(start, { zone: 'UTC' });
  const key = ({ d: 'days', w: 'weeks', m: 'months' } as const)[unit];
  for (let k = 0; ; k += 1) yield civil(origin.plus({ [key]: k * n }));
}

/** Parses `--every` values such as `12w`, `14d`, `1m`. */
export function parseEvery(text: string): Recurrence {
  const m = /^\s*(\d{1,4})\s*([dwm])\s*$/i.exec(text);
  if (!m || Number(m[1]) < 1) {
    throw new UsageError(`--every "${text}": expected a number of days, weeks or months such as 14d, 12w or 1m`);
  }
  return { kind: 'every', n: Number(m[1]), unit: m[2]!.toLowerCase() as 'd' | 'w' | 'm' };
}

/** Lists the series' dates: with a count, each skipped date is replaced by one more occurrence. */
export async function generateSeries(request: SeriesRequest): Promise<Series> {
  const { start, recurrence, limit, skip } = request;
  const result: Series = { dates: [], skipped: [] };
  let seen = 0;
  // Returns false when the series is complete.
  const take = (date: CivilDate): boolean => {
    seen += 1;
    if ('until' in limit && compareDates(date, limit.until) > 0) return false;
    const reason = skip?.(date);
    if (reason === undefined) result.dates.push(date);
    else result.skipped.push({ date, reason });
    if ('count' in limit && result.dates.length >= limit.count) return false;
    if (result.dates.length > MAX_SESSIONS || seen >= MAX_CANDIDATES) {
      throw new UsageError(`the series has more than ${MAX_SESSIONS} sessions; use a smaller --count or an earlier --until`);
    }
    return true;
  };
  if (recurrence.kind === 'every') {
    for (const date of every(start, recurrence.n, recurrence.unit)) if (!take(date)) break;
  } else {
    const { expandRrule } = await import('./rrule.js');
    expandRrule(recurrence.rule, start, take);
  }
  return result;
}
