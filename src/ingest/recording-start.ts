/**
 * When a recording started, from its file name or a transcript heading, so that
 * offsets (VTT cues, Meet `.sbv`, Teams `.docx` elapsed times) can become clock times.
 */
import { isCalendarDate, isoSeconds } from './iso-time.js';

export interface RecordingStart {
  /** Wall-clock start, `YYYY-MM-DDTHH:MM:SS`. */
  local: string;
  /** `local` read as if it were UTC, in milliseconds: wall-clock arithmetic without this machine's zone. */
  at: number;
  /** `+01:00` when the name says the zone (Meet's `GMT+1`); naive local time otherwise. */
  offset?: string;
  /** What it was read from, for the warning. */
  from: string;
}

const pad = (n: number): string => String(n).padStart(2, '0');

// Teams recording names: `Peer Support Space-20260313_140012-Meeting Recording` (reported).
const teamsStamp = /(\d{4})(\d{2})(\d{2})_(\d{2})(\d{2})(\d{2})-Meeting (?:Recording|Transcript)/i;
// Meet recording names: `abc-defg-hij (2026-03-13 14:00 GMT+1)` (unverified).
const meetStamp = /\((\d{4})-(\d{2})-(\d{2}) (\d{1,2}):(\d{2}) GMT([+-]\d{1,2}(?::?\d{2})?)?\)/;

/** Reads a recording's start from a file name; undefined when it has no known stamp. */
export function recordingStartFromName(file: string): RecordingStart | undefined {
  const base = file.split(/[\\/]/).at(-1) ?? file;
  const t = teamsStamp.exec(base);
  if (t) return recordingStart(`${t[1]}-${t[2]}-${t[3]}T${t[4]}:${t[5]}:${t[6]}`, t[0]);
  const m = meetStamp.exec(base);
  if (m) return recordingStart(`${m[1]}-${m[2]}-${m[3]}T${pad(Number(m[4]))}:${m[5]}:00`, m[0], zone(m[6]));
  return undefined;
}

/** A start from a wall-clock `YYYY-MM-DDTHH:MM:SS`; undefined when that is no real time. */
export function recordingStart(local: string, from: string, offset?: string): RecordingStart | undefined {
  // Date.parse rolls 31 February over into March: the day is checked first.
  if (!isCalendarDate(local.slice(0, 10))) return undefined;
  const at = Date.parse(`${local}Z`);
  if (Number.isNaN(at)) return undefined;
  return offset === undefined ? { local, at, from } : { local, at, offset, from };
}

function zone(raw: string | undefined): string {
  if (!raw) return '+00:00';
  const m = /^([+-])(\d{1,2}):?(\d{2})?$/.exec(raw)!;
  return `${m[1]}${pad(Number(m[2]))}:${m[3] ?? '00'}`;
}

/** The start plus an offset in milliseconds, as naive local ISO or with the start's zone. */
export function timeAfter(start: RecordingStart, ms: number): string {
  return isoSeconds(start.at + ms, start.offset);
}

