/**
 * Sessions: a civil date plus wall-clock times in the meeting's zone. Each session is
 * placed in its own zone offset, so a series across a change of clocks stays at 2pm local.
 */
import { DateTime, IANAZone } from 'luxon';
import { UsageError } from '../errors.js';
import { clockMinutes, type ClockTime } from './clock.js';
import type { CivilDate } from './session-date.js';

export interface Session {
  date: CivilDate;
  start: ClockTime;
  end: ClockTime;
  zone: string;
  /** The instants, in the zone's offset on that day. */
  startAt: DateTime;
  endAt: DateTime;
}

/** Throws a UsageError unless the zone is a known IANA zone. */
export function checkZone(zone: string): string {
  if (!IANAZone.isValidZone(zone)) throw new UsageError(`--tz ${zone}: unknown time zone; expected an IANA name such as Europe/London`);
  return zone;
}

/** Throws a UsageError unless the session ends after it starts (on the same day). */
export function checkTimes(start: ClockTime, end: ClockTime, text: string): void {
  if (clockMinutes(end) <= clockMinutes(start)) {
    throw new UsageError(`--time ${text}: the end must be after the start, on the same day`);
  }
}

const at = (date: CivilDate, t: ClockTime, zone: string): DateTime =>
  DateTime.fromObject({ year: date.year, month: date.month, day: date.day, hour: t.h, minute: t.m }, { zone });

/** A session per date; `warn` hears of times that do not exist that day (the hour the clocks skip). */
export function toSessions(dates: CivilDate[], start: ClockTime, end: ClockTime, zone: string, warn?: (message: string) => void): Session[] {
  return dates.map((date) => {
    const startAt = at(date, start, zone);
    const endAt = at(date, end, zone);
    for (const [dt, t] of [[startAt, start], [endAt, end]] as const) {
      if (dt.hour !== t.h || dt.minute !== t.m) {
        // luxon moves a time in the spring-forward gap later by the gap's length.
        warn?.(`${dt.toISODate()}: ${String(t.h).padStart(2, '0')}:${String(t.m).padStart(2, '0')} does not exist in ${zone} that day (clocks go forward); using ${dt.toFormat('HH:mm')}`);
      }
    }
    return { date, start, end, zone, startAt, endAt };
  });
}

/** ISO 8601 with the zone's offset and no milliseconds: 2026-06-26T14:00:00+01:00. */
export const isoInstant = (dt: DateTime): string => dt.toISO({ suppressMilliseconds: true }) ?? '';
