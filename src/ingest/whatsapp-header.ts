/**
 * The WhatsApp record header: `13/03/2026, 14:02 - ` (Android) or
 * `[13/03/2026, 14:02:30] Name: ` (iOS), in every date and clock variant of
 * FORMATS.md 6.2. Matched on the header zone cleaned of bidi marks and odd
 * spaces; the body is cut from the original line, so it is never normalised.
 */
import type { DateFields } from './whatsapp-date.js';
import { cleanHeader, hasHeaderMarks } from './text.js';

export type HeaderStyle = 'ios' | 'android';

export interface WhatsAppHeader {
  style: HeaderStyle;
  date: DateFields;
  hours: string;
  minutes: string;
  seconds?: string;
  meridiem?: string;
  /** Header-zone text after the stamp, cleaned: `Name: text` or a system text. */
  rest: string;
  /** Where `rest` starts in the original line. */
  restAt: number;
}

const DATE = String.raw`(\d{1,4})[-/.] ?(\d{1,2})[-/.] ?(\d{1,4})\.?`;
const TIME = String.raw`(\d{1,2})[.:](\d{2})(?:[.:](\d{2}))?(?: ?([ap])\.? ?m\.?)?`;
const ios = new RegExp(String.raw`^\[${DATE},? ${TIME}\] (.*)$`, 'i');
// `13.06.18 21.25.15: Name: text` has a colon where others have ` - `; Finnish puts `klo` before the time.
const android = new RegExp(String.raw`^${DATE},? (?:klo )?${TIME}(?: [-–] |: )(.*)$`, 'i');

/** The characters `cleanHeader` drops (`invisible` in text.ts), by code, not by a regex per character. */
const isInvisible = (c: number): boolean =>
  (c >= 0x200b && c <= 0x200f) || (c >= 0x202a && c <= 0x202e) || c === 0x00ad || (c >= 0x2066 && c <= 0x2069);

/** Index in `line` just past its first `count` characters as `cleanHeader` keeps them. */
export function originalIndex(line: string, count: number): number {
  let kept = 0;
  let i = 0;
  while (i < line.length && kept < count) {
    if (!isInvisible(line.charCodeAt(i))) kept++;
    i++;
  }
  return i;
}

/**
 * The full header grammar, or undefined. An iOS header must also carry `Name: `:
 * iOS writes even system lines with an author, so a bracketed stamp followed by
 * plain text is a body line that happens to start with a pasted time.
 */
export function readHeader(line: string): WhatsAppHeader | undefined {
  // A header starts with `[` or a digit, or with a mark the cleaning drops; most body lines stop here.
  const first = line.charCodeAt(0);
  if (first !== 91 && !(first >= 48 && first <= 57) && !(first >= 0x80)) return undefined;
  // Clean a prefix only: the header zone is short, and bodies keep their marks.
  // Most lines have no marks there: the prefix is the zone, and offsets need no mapping.
  const pre = line.slice(0, 72);
  const plain = !hasHeaderMarks(pre);
  const zone = plain ? pre : cleanHeader(line.slice(0, originalIndex(line, 64) + 8));
  // `[` starts only the iOS grammar, a digit only the Android one.
  const m = zone.charCodeAt(0) === 91 ? ios.exec(zone) : android.exec(zone);
  if (!m) return undefined;
  const style: HeaderStyle = zone.startsWith('[') ? 'ios' : 'android';
  const [, a, b, c, hours, minutes, seconds, meridiem] = m;
  const cleanedPrefix = zone.length - m[8]!.length;
  const restAt = plain ? cleanedPrefix : originalIndex(line, cleanedPrefix);
  // The zone was scanned for marks already: only what lies past it needs a look.
  const tail = line.slice(restAt);
  const rest = plain && !hasHeaderMarks(line, pre.length) ? tail : cleanHeader(tail);
  if (style === 'ios' && !/^[^:]{1,80}?: /.test(rest)) return undefined;
  const header: WhatsAppHeader = {
    style,
    date: { a: Number(a), b: Number(b), c: Number(c), yearFirst: a!.length === 4 },
    hours: hours!,
    minutes: minutes!,
    rest,
    restAt,
  };
  if (seconds) header.seconds = seconds;
  if (meridiem) header.meridiem = meridiem;
  return header;
}

/** `/^([^:]+?): /.exec(rest)?.[1]`: the text before the first colon, when a space follows it. */
export const authorOf = (rest: string): string | undefined => {
  const colon = rest.indexOf(':');
  return colon > 0 && rest.charCodeAt(colon + 1) === 32 ? rest.slice(0, colon) : undefined;
};
