/** The heading of a Teams transcript `.docx`: title, date and start time, before the first speaker line. */
import { recordingStart, recordingStartFromName, type RecordingStart } from './recording-start.js';
import { clockTime, isoDate } from './text.js';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const recordingSuffix = /-(\d{4})(\d{2})(\d{2})_\d{6}-Meeting (?:Recording|Transcript)$/i;

/** The first heading line without the recording stamp: `Peer Support Space`. */
export const headingTitle = (heading: string[]): string | undefined => heading[0]?.replace(recordingSuffix, '').trim() || undefined;

/** A date in the heading lines: `13 March 2026`, `March 13, 2026`, `2026-03-13`, or the recording name's stamp. */
export function headingDate(lines: string[]): string | undefined {
  for (const l of lines) {
    const dmy = /\b(\d{1,2})(?:st|nd|rd|th)? ([A-Za-z]+),? (\d{4})\b/.exec(l);
    const mdy = /\b([A-Za-z]+) (\d{1,2}),? (\d{4})\b/.exec(l);
    const iso = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(l) ?? recordingSuffix.exec(l);
    const month = (s: string) => MONTHS.findIndex((m) => m.startsWith(s.toLowerCase()) && s.length >= 3) + 1;
    const found =
      (dmy && month(dmy[2]!) ? isoDate(Number(dmy[3]), month(dmy[2]!), Number(dmy[1])) : undefined) ??
      (mdy && month(mdy[1]!) ? isoDate(Number(mdy[3]), month(mdy[1]!), Number(mdy[2])) : undefined) ??
      (iso ? isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3])) : undefined);
    if (found) return found;
  }
  return undefined;
}

/** The heading's start: the recording name's stamp, else its date and a clock time such as `02:00pm`. */
export function headingStart(heading: string[], date: string | undefined): RecordingStart | undefined {
  for (const l of heading) {
    const named = recordingStartFromName(l);
    if (named) return named;
  }
  for (const l of heading) {
    const m = /\b(\d{1,2}):(\d{2})(?::(\d{2}))?\s?([ap])\.?m\b/i.exec(l);
    const clock = m ? clockTime(m[1]!, m[2]!, m[3], `${m[4]}m`) : undefined;
    const start = clock && date ? recordingStart(`${date}T${clock}`, l) : undefined;
    if (start) return start;
  }
  return undefined;
}
