/** RFC 5545 recurrence rules (`FREQ=MONTHLY;BYDAY=1TU`) over civil dates, via the rrule package. */
import rrulePkg from 'rrule';
import type { Options } from 'rrule';
import { UsageError } from '../errors.js';
import type { CivilDate } from './session-date.js';

// rrule's named ESM exports do not resolve under Node; its default export does.
const { RRule } = rrulePkg;

// The start, count and end come from --start, --count and --until, so one source says each.
const FORBIDDEN = ['DTSTART', 'COUNT', 'UNTIL', 'TZID'];

/** Parses an RRULE (with or without the `RRULE:` prefix) into rrule options, or throws a UsageError. */
export function parseRrule(text: string): Partial<Options> {
  const body = text.trim().replace(/^RRULE:/i, '');
  const keys = body.split(';').map((part) => part.split('=')[0]!.trim().toUpperCase());
  const bad = keys.find((k) => FORBIDDEN.includes(k));
  if (bad) throw new UsageError(`--rrule: leave ${bad} out of the rule; use --start, --count or --until instead`);
  let options: Partial<Options>;
  try {
    options = RRule.parseString(body);
  } catch (error) {
    throw new UsageError(`--rrule "${text}": ${(error as Error).message}`, { cause: error });
  }
  if (options.freq === undefined) throw new UsageError(`--rrule "${text}": expected FREQ=DAILY, WEEKLY, MONTHLY or YEARLY`);
  if (options.freq > RRule.DAILY) throw new UsageError(`--rrule "${text}": sessions recur daily at most; use FREQ=DAILY, WEEKLY, MONTHLY or YEARLY`);
  return options;
}

/**
 * Feeds each occurrence on or after `start` to `take` until it returns false. The start
 * anchors the rule but is not itself a session unless it matches (unlike RFC 5545's DTSTART).
 */
export function expandRrule(text: string, start: CivilDate, take: (date: CivilDate) => boolean): void {
  // rrule works on "floating" UTC dates: midnight UTC stands for the civil date.
  const rule = new RRule({ ...parseRrule(text), dtstart: new Date(Date.UTC(start.year, start.month - 1, start.day)) });
  rule.all((d) => take({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() }));
}
