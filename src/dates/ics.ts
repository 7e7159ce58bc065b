/**
 * An RFC 5545 calendar of the sessions, written by hand (the `ics` package cannot express
 * zones). Times are UTC instants, computed per session from the meeting's zone, so every
 * event is at the right moment across clock changes and any calendar shows it in local time.
 */
import { createHash } from 'node:crypto';
import { DateTime } from 'luxon';
import { isoDate } from './series.js';
import type { Session } from './sessions.js';

export interface IcsOptions {
  /** Identifies the series: the same key gives the same UIDs, so a re-import updates events. */
  seriesKey: string;
  /** When the file was made (DTSTAMP). */
  now: Date;
  title?: string;
  location?: string;
  url?: string;
}

const CRLF = '\r\n';

/** Escapes a TEXT value (RFC 5545 3.3.11). */
export const escapeText = (value: string): string =>
  value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');

/** Folds a content line at 75 octets, never inside a UTF-8 character (RFC 5545 3.1). */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    // Continuation lines begin with a space, which counts towards their 75 octets.
    if (octets + size > 75) {
      out.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join(CRLF);
}

const utc = (dt: DateTime): string => dt.toUTC().toFormat("yyyyMMdd'T'HHmmss'Z'");

/** A stable UID per session: the series key's hash plus the session's date. */
export function sessionUid(session: Session, seriesKey: string): string {
  const hash = createHash('sha256').update(seriesKey).digest('hex').slice(0, 16);
  return `${isoDate(session.date).replace(/-/g, '')}-${hash}@chatnotes`;
}

/** The whole calendar as text with CRLF line ends. */
export function renderIcs(sessions: Session[], options: IcsOptions): string {
  const stamp = utc(DateTime.fromJSDate(options.now));
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//chatnotes//dates//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  for (const session of sessions) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${sessionUid(session, options.seriesKey)}`,
      `DTSTAMP:${stamp}`,
      `DTSTART:${utc(session.startAt)}`,
      `DTEND:${utc(session.endAt)}`,
      `SUMMARY:${escapeText(options.title ?? 'Session')}`,
    );
    if (options.location !== undefined) lines.push(`LOCATION:${escapeText(options.location)}`);
    // URL is a URI value, not TEXT: it is written as given.
    if (options.url !== undefined) lines.push(`URL:${options.url}`);
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}
