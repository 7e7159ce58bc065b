/** Writing sessions: bullet text in the seeds' style, the Markdown block, and JSON. */
import { formatTimeRange } from './clock.js';
import { isoDate } from './series.js';
import { formatSessionDate } from './session-date.js';
import { isoInstant, type Session } from './sessions.js';

export interface TextOptions {
  clock?: 12 | 24;
  /**
   * A luxon format pattern for the date part (default as in the seeds: `cccc d LLLL yyyy`,
   * "Friday 26 June 2026"), in English (en-GB). The times follow as ", 2pm – 4pm" per `clock`.
   * Literal text goes in single quotes: `'Session on' ccc d LLL` gives "Session on Fri 26 Jun".
   */
  format?: string;
}

/** Said after the times when a session ends on a later day, as summarise and the lint rules write it. */
export const NEXT_DAY = ' (next day)';

/**
 * "Friday 26 June 2026, 2pm – 4pm", or the custom pattern's date with the same times. The
 * day and times are read from the instants, so the text says what --json and --ics say
 * even where the clocks moved the session.
 */
export function sessionText(session: Session, options: TextOptions = {}): string {
  const clock = options.clock ?? 12;
  const { startAt, endAt } = session;
  const nextDay = endAt.startOf('day') > startAt.startOf('day') ? NEXT_DAY : '';
  const day = { year: startAt.year, month: startAt.month, day: startAt.day };
  if (options.format === undefined) return formatSessionDate(day, session.start, session.end, { clock }) + nextDay;
  const datePart = startAt.setLocale('en-GB').toFormat(options.format);
  return `${datePart}, ${formatTimeRange(session.start, session.end, clock)}${nextDay}`;
}

/** One bullet per session, lines joined by `eol`, no trailing line end. */
export function renderList(texts: string[], eol = '\n'): string {
  return texts.map((t) => `- ${t}`).join(eol);
}

export interface BlockOptions {
  /** A heading line; `## ` is added unless the text already starts with `#`. */
  heading?: string;
  /** A sentence before the list. */
  intro?: string;
}

/** The printed block: optional heading and intro, each followed by a blank line, then the list. */
export function renderBlock(texts: string[], options: BlockOptions = {}, eol = '\n'): string {
  const parts: string[] = [];
  if (options.heading !== undefined) parts.push(/^#{1,6}\s/.test(options.heading) ? options.heading : `## ${options.heading}`);
  if (options.intro !== undefined) parts.push(options.intro);
  parts.push(renderList(texts, eol));
  return parts.join(eol + eol) + eol;
}

export interface SessionJson {
  date: string;
  start: string;
  end: string;
  text: string;
}

/** The `--json` records: civil date, instants with the zone's offset, and the bullet text. */
export function sessionsJson(sessions: Session[], options: TextOptions = {}): SessionJson[] {
  return sessions.map((s) => ({
    // The day it is held: the series' date unless the clocks moved the session past midnight.
    date: isoDate({ year: s.startAt.year, month: s.startAt.month, day: s.startAt.day }),
    start: isoInstant(s.startAt),
    end: isoInstant(s.endAt),
    text: sessionText(s, options),
  }));
}
