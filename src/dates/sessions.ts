/**
 * Sessions: a civil date plus wall-clock times in the meeting's zone. Each session is
 * placed in its own zone offset, so a series across a change of clocks stays at 2pm local.
 */
import { DateTime, IANAZone } from 'luxon';
import { UsageError } from '../errors.js';
import { clockMinutes, formatClock, type ClockTime } from './clock.js';
import { isoDate } from './series.js';
import type { CivilDate } from './session-date.js';

export interface Session {
  /** The series' date: it names the session (its UID) even when the clocks move it. */
  date: CivilDate;
  /** The wall-clock times it is held at: --time, unless the clocks skip one of them. */
  start: ClockTime;
  end: ClockTime;
  zone: string;
  /** The instants, in the zone's offset on that day; `endAt` is always after `startAt`. */
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

/** The instant of a wall-clock time; a time the clocks skip is moved later by the gap (luxon's rule). */
export function instantAt(date: CivilDate, t: ClockTime, zone: string): DateTime {
  return DateTime.fromObject({ year: date.year, month: date.month, day: date.day, hour: t.h, minute: t.m }, { zone });
}

const clockOf = (dt: DateTime): ClockTime => ({ h: dt.hour, m: dt.minute });
const sameClock = (a: ClockTime, b: ClockTime): boolean => a.h === b.h && a.m === b.m;

/**
 * A session per date. A start the clocks skip moves the whole session later by the gap,
 * so it keeps its length (1:30am – 2:30am on the day London skips 1am – 2am is held at
 * 2:30am – 3:30am, not as 2:30am – 2:30am); an end the clocks skip moves alone, which
 * also keeps the length. `warn` hears of each moved session and where it went.
 */
export function toSessions(dates: CivilDate[], start: ClockTime, end: ClockTime, zone: string, warn?: (message: string) => void): Session[] {
  const length = clockMinutes(end) - clockMinutes(start);
  return dates.map((date) => {
    const startAt = instantAt(date, start, zone);
    const endAlone = instantAt(date, end, zone);
    const startSkipped = !sameClock(clockOf(startAt), start);
    const endSkipped = !sameClock(clockOf(endAlone), end);
    const endAt = startSkipped ? startAt.plus({ minutes: length }) : endAlone;
    if (startSkipped || endSkipped) {
      const skipped = [...(startSkipped ? [start] : []), ...(endSkipped ? [end] : [])];
      // A gap just before midnight (America/Nuuk skips 11pm) can move a session into the next day.
      const on = (dt: DateTime): string => (dt.toISODate() === isoDate(date) ? '' : ` on ${dt.toISODate()}`);
      const [from, to] = [startAt.toFormat('HH:mm'), endAt.toFormat('HH:mm')];
      const moved = on(startAt) === on(endAt) ? `${from} – ${to}${on(endAt)}` : `${from}${on(startAt)} – ${to}${on(endAt)}`;
      warn?.(`${isoDate(date)}: ${skipped.map((t) => formatClock(t, 24)).join(' and ')} ${skipped.length > 1 ? 'do' : 'does'} not exist in ${zone} that day (clocks go forward); the session is at ${moved} instead`);
    }
    return { date, start: clockOf(startAt), end: clockOf(endAt), zone, startAt, endAt };
  });
}

/** ISO 8601 with the zone's offset and no milliseconds: 2026-06-26T14:00:00+01:00. */
export const isoInstant = (dt: DateTime): string => dt.toISO({ suppressMilliseconds: true }) ?? '';
