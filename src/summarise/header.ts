import { isCalendarDate } from '../ingest/iso-time.js';
import type { ChatExport } from '../types.js';

export interface HeaderOptions {
  date?: string;
  start?: string;
  end?: string;
  timeZone: string;
}

const NAIVE = /^(\d{4}-\d{2}-\d{2})T(([01]\d|2[0-3]):[0-5]\d)/;
const ZONED = /^\d{4}-\d{2}-\d{2}T.*(?:Z|[+-]\d{2}:?\d{2})$/;
const CLOCK = /^([01]?\d|2[0-3]):([0-5]\d)(?::\d{2})?$/;

// Formats whose times count from the start of a recording, not the clock.
const OFFSET_FORMATS = new Set(['zoom-cloud', 'webvtt', 'sbv', 'teams-docx']);

const zoned = new Map<string, Intl.DateTimeFormat>();
const formatterFor = (timeZone: string): Intl.DateTimeFormat => {
  let f = zoned.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    zoned.set(timeZone, f);
  }
  return f;
};

/**
 * Wall-clock date and `HH:MM` of a message time in the meeting's zone, when it has them.
 * A time kept as the export wrote it may name no real day or clock (`2026-03-73T14:06`,
 * year 0026): it says nothing, rather than a date that breaks the header.
 */
export function wallClock(time: string, format: string, timeZone: string): { date?: string; time?: string } {
  if (ZONED.test(time)) {
    const instant = new Date(time);
    if (Number.isNaN(instant.getTime())) return {};
    const p = Object.fromEntries(formatterFor(timeZone).formatToParts(instant).map((x) => [x.type, x.value]));
    const date = `${p.year}-${p.month}-${p.day}`;
    return isCalendarDate(date) ? { date, time: `${p.hour}:${p.minute}` } : {};
  }
  const naive = NAIVE.exec(time);
  if (naive) return isCalendarDate(naive[1]!) ? { date: naive[1], time: naive[2] } : {};
  const clock = CLOCK.exec(time);
  if (clock && !OFFSET_FORMATS.has(format)) return { time: `${clock[1]!.padStart(2, '0')}:${clock[2]}` };
  return {};
}

const nextDay = (iso: string): string => new Date(Date.parse(`${iso}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

const OFFSET = /^(\d+):(\d{2}):(\d{2})(?:\.\d+)?$/;

/** An offset from the recording start as an ISO instant, when the start is known. */
const offsetInstant = (time: string, recordingStart: string): string | undefined => {
  const m = OFFSET.exec(time);
  if (!m) return undefined;
  const ms = ((Number(m[1]) * 60 + Number(m[2])) * 60 + Number(m[3])) * 1000;
  return new Date(Date.parse(recordingStart) + ms).toISOString();
};

/**
 * The meeting's date and first/last times: flags first, then the export, then its messages.
 * `warn` hears of a `--date` on which no message falls, so the header has no times.
 */
export function meetingTimes(chat: ChatExport, options: HeaderOptions, warn?: (message: string) => void): { date?: string; start?: string; end?: string } {
  const offsets = OFFSET_FORMATS.has(chat.format) && chat.recordingStart !== undefined;
  const { messages } = chat;
  // Read lazily, from either end: the first and last times are usually the first and last messages.
  const clocks: ({ date?: string; time?: string } | null | undefined)[] = new Array(messages.length);
  const clockAt = (i: number): { date?: string; time?: string } | null => {
    let c = clocks[i];
    if (c === undefined) {
      const m = messages[i]!;
      const time = m.time && offsets ? offsetInstant(m.time, chat.recordingStart!) : m.time;
      c = clocks[i] = time ? wallClock(time, chat.format, options.timeZone) : null;
    }
    return c;
  };
  const find = (from: number, step: 1 | -1, ok: (c: { date?: string; time?: string }) => boolean) => {
    for (let i = from; i >= 0 && i < messages.length; i += step) {
      const c = clockAt(i);
      if (c && ok(c)) return c;
    }
    return undefined;
  };
  const firstDate = () => find(0, 1, (c) => c.date !== undefined)?.date;
  // The export's date is read off its text: for UTC text (`2026-06-26T00:05:00Z`) that is
  // the UTC day, which in New York is still the 25th. Its first message says which day it is here.
  const exportDate = (): string | undefined => {
    const day = chat.date;
    if (day === undefined) return undefined;
    const i = messages.findIndex((m) => m.time?.startsWith(day) === true);
    return i >= 0 && ZONED.test(messages[i]!.time!) ? (clockAt(i)?.date ?? day) : day;
  };
  const date = options.date ?? (offsets ? firstDate() : undefined) ?? exportDate() ?? firstDate();
  // Times on other days (a group chat that spans weeks) say nothing about this meeting's hours.
  const next = date ? nextDay(date) : undefined;
  const start = options.start ?? find(0, 1, (c) => c.time !== undefined && (!c.date || c.date === date))?.time;
  const end = options.end ?? find(messages.length - 1, -1, (c) => c.time !== undefined && (!c.date || c.date === date || c.date === next))?.time;
  if (warn && options.date !== undefined && options.start === undefined && start === undefined) {
    const theirs = firstDate();
    if (theirs !== undefined) warn(`--date ${options.date}: no message is from that day (the first is from ${theirs}), so the header has no times; --start and --end set them`);
  }
  return { ...(date ? { date } : {}), ...(start ? { start } : {}), ...(end ? { end } : {}) };
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

// A calendar date has no zone, so Date.UTC gives its weekday; this avoids
// loading Intl's locale data at start-up for one line of text.
const longDate = (iso: string): string => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return `${WEEKDAYS[weekday]} ${d} ${MONTHS[m - 1]} ${y}`;
};

/** `Thursday 23 October 2025, 10:01 – 11:53 | MS Teams`, leaving out what is unknown. */
export function dateLine(o: { date?: string; start?: string; end?: string; platform?: string }): string {
  const day = o.date ? longDate(o.date) : undefined;
  // HH:MM strings compare in time order; an earlier end means the chat ran past midnight.
  const overnight = o.start && o.end && o.end < o.start ? ' (next day)' : '';
  const times = o.start && o.end && o.start !== o.end ? `${o.start} – ${o.end}${overnight}` : o.start;
  const when = [day, times].filter(Boolean).join(', ');
  return [when, o.platform].filter(Boolean).join(' | ');
}
