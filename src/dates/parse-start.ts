/**
 * Reading the date options: `2026-06-26` directly, plain words ("next Friday",
 * "26 June 2026", "26/06/2026") through chrono-node's en-GB (day-first) parser,
 * relative to a reference day (today in the meeting's zone, or `--from`).
 */
import { DateTime } from 'luxon';
import { UsageError } from '../errors.js';
import { isValidDate, parseSessionDate, type CivilDate } from './session-date.js';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Reads a strict ISO date; undefined when the text is not in that shape; throws when it names no real day. */
export function parseIsoDate(text: string, flag: string): CivilDate | undefined {
  const m = ISO_DATE.exec(text.trim());
  if (!m) return undefined;
  const date = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  if (!isValidDate(date.year, date.month, date.day)) throw new UsageError(`${flag} ${text}: there is no such day`);
  return date;
}

/** The civil date of an instant in a zone: "today" for the meeting. */
export function civilDateIn(instant: Date, zone: string): CivilDate {
  const dt = DateTime.fromJSDate(instant, { zone });
  return { year: dt.year, month: dt.month, day: dt.day };
}

/** Reads a date option as an ISO date or as words relative to `reference`. */
export async function parseDateOption(text: string, reference: CivilDate, flag: string): Promise<CivilDate> {
  const iso = parseIsoDate(text, flag);
  if (iso) return iso;
  const written = parseSessionDate(text);
  // chrono ignores "31 February 2026"; say why instead of "expected a date".
  if (written && !isValidDate(written.date.year, written.date.month, written.date.day)) {
    throw new UsageError(`${flag} "${text}": there is no such day`);
  }
  const chrono = await import('chrono-node');
  // chrono reads and answers in the process's local time; noon on the reference day keeps
  // its civil date whatever that zone is, and the answer is read back as civil components.
  const ref = new Date(reference.year, reference.month - 1, reference.day, 12);
  const results = chrono.en.GB.parse(text.trim(), ref, { forwardDate: true });
  const first = results[0];
  if (!first || results.length > 1 || first.text.length !== text.trim().length) {
    throw new UsageError(`${flag} "${text}": expected a date such as 2026-06-26, "26 June 2026" or "next Friday"`);
  }
  const date = { year: first.start.get('year')!, month: first.start.get('month')!, day: first.start.get('day')! };
  if (!isValidDate(date.year, date.month, date.day)) throw new UsageError(`${flag} "${text}": there is no such day`);
  return date;
}

/** Reads `--skip` values: comma-separated ISO dates, possibly given several times. */
export function parseSkipDates(values: string[]): CivilDate[] {
  return values
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter((v) => v !== '')
    .map((v) => {
      const date = parseIsoDate(v, '--skip');
      if (!date) throw new UsageError(`--skip ${v}: expected dates such as 2026-12-25,2027-01-01`);
      return date;
    });
}
