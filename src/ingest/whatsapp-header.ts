/**
 * The WhatsApp record header: `13/03/2026, 14:02 - ` (Android) or
 * `[13/03/2026, 14:02:30] Name: ` (iOS), in every date and clock variant of
 * FORMATS.md 6.2. Matched on the header zone cleaned of bidi marks and odd
 * spaces; the body is cut from the original line, so it is never normalised.
 */
import type { DateFields } from './whatsapp-date.js';
import { cleanHeader, hasHeaderMarks, originalIndex } from './text.js';

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

/**
 * The full header grammar, or undefined. An iOS header must also carry `Name: `:
 * iOS writes even system lines with an author, so a bracketed stamp followed by
 * plain text is a body line that happens to start with a pasted time.
 */
export function readHeader(line: string): WhatsAppHeader | undefined {
  // A header starts with `[` or a digit, or with a mark the cleaning drops; most body lines stop here.
  const first = line.charCodeAt(0);
  if (first !== 91 && !(first >= 48 && first <= 57) && !(first >= 0x80)) return undefined;
  const quick = quickHeader(line);
  if (quick !== null) return quick;
  return headerByRegex(line);
}

/** `readHeader` all through the regexes: the reference the hand reader must agree with. */
export function headerByRegex(line: string): WhatsAppHeader | undefined {
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


/** What `quickStamp` read, in one object reused for every line (no allocation per record). */
export interface Stamp {
  ios: boolean;
  a: number;
  b: number;
  c: number;
  yearFirst: boolean;
  /** Seconds since midnight of the clock, or -1 when out of range (`clockTime` gives undefined). */
  clock: number;
  hFrom: number;
  mFrom: number;
  /** Index of the seconds, or -1 without them. */
  sFrom: number;
}

export const newStamp = (): Stamp => ({ ios: false, a: 0, b: 0, c: 0, yearFirst: false, clock: -1, hFrom: 0, mFrom: 0, sFrom: -1 });

// A digit's value, or -1.
const digitAt = (s: string, i: number): number => {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -1;
};

/**
 * The common stamps by char codes, all-ASCII with a 24-hour clock:
 * `13/03/2026, 14:02 - ` and `[13/03/2026, 14:02:30] `. Returns where the rest
 * starts, as the regexes would find it, or -1 for anything else (a mark or odd
 * space in the stamp, a meridiem, `klo`, a line terminator the regexes stop at,
 * no stamp at all): those go to the regexes. Marks after the stamp change only
 * the rest, not the stamp. Fills `out`.
 */
export function quickStamp(line: string, out: Stamp, noTerminators = false): number {
  const ios = line.charCodeAt(0) === 91;
  let i = ios ? 1 : 0;
  // DATE: (\d{1,4})[-/.] ?(\d{1,2})[-/.] ?(\d{1,4})\.?
  let a = 0;
  let d: number;
  const aFrom = i;
  while ((d = digitAt(line, i)) >= 0 && i - aFrom < 5) {
    a = a * 10 + d;
    i++;
  }
  const aDigits = i - aFrom;
  if (aDigits === 0 || aDigits > 4) return -1;
  let c = line.charCodeAt(i);
  if (c !== 47 && c !== 45 && c !== 46) return -1;
  if (line.charCodeAt(++i) === 32) i++;
  let b = 0;
  const bFrom = i;
  while ((d = digitAt(line, i)) >= 0 && i - bFrom < 3) {
    b = b * 10 + d;
    i++;
  }
  if (i === bFrom || i - bFrom > 2) return -1;
  c = line.charCodeAt(i);
  if (c !== 47 && c !== 45 && c !== 46) return -1;
  if (line.charCodeAt(++i) === 32) i++;
  let y = 0;
  const yFrom = i;
  while ((d = digitAt(line, i)) >= 0 && i - yFrom < 5) {
    y = y * 10 + d;
    i++;
  }
  if (i === yFrom || i - yFrom > 4) return -1;
  if (line.charCodeAt(i) === 46) i++;
  if (line.charCodeAt(i) === 44) i++;
  if (line.charCodeAt(i++) !== 32) return -1;
  // TIME, 24-hour: (\d{1,2})[.:](\d{2})(?:[.:](\d{2}))?
  const hFrom = i;
  let h = digitAt(line, i++);
  if (h < 0) return -1;
  if ((d = digitAt(line, i)) >= 0) {
    h = h * 10 + d;
    i++;
  }
  c = line.charCodeAt(i++);
  if (c !== 58 && c !== 46) return -1;
  const mFrom = i;
  const m1 = digitAt(line, i);
  const m2 = digitAt(line, i + 1);
  if (m1 < 0 || m2 < 0) return -1;
  i += 2;
  let sFrom = -1;
  let sec = 0;
  c = line.charCodeAt(i);
  if (c === 58 || c === 46) {
    const s1 = digitAt(line, i + 1);
    const s2 = digitAt(line, i + 2);
    if (s1 >= 0 && s2 >= 0) {
      sFrom = i + 1;
      sec = s1 * 10 + s2;
      i += 3;
    }
  }
  // What follows the clock: `] ` (iOS), ` - `, ` – ` or `: ` (Android); anything else (a meridiem, a third hour digit) to the regexes.
  c = line.charCodeAt(i);
  if (ios) {
    if (c !== 93 || line.charCodeAt(i + 1) !== 32) return -1;
    i += 2;
  } else if (c === 32) {
    const dash = line.charCodeAt(i + 1);
    if ((dash !== 45 && dash !== 0x2013) || line.charCodeAt(i + 2) !== 32) return -1;
    i += 3;
  } else if (c === 58 && line.charCodeAt(i + 1) === 32) i += 2;
  else return -1;
  // The regexes' `.*` stops at a line terminator: a line with one goes to them (unless the caller ruled them out for the whole text).
  if (!noTerminators && (line.indexOf('\u2028', i) !== -1 || line.indexOf('\u2029', i) !== -1 || line.indexOf('\r', i) !== -1)) return -1;
  const min = m1 * 10 + m2;
  out.ios = ios;
  out.a = a;
  out.b = b;
  out.c = y;
  out.yearFirst = aDigits === 4;
  out.clock = h > 23 || min > 59 || sec > 59 ? -1 : h * 3600 + min * 60 + sec;
  out.hFrom = hFrom;
  out.mFrom = mFrom;
  out.sFrom = sFrom;
  return i;
}

const scratch = newStamp();

/** `readHeader` through `quickStamp`; null where the regexes must decide. */
function quickHeader(line: string): WhatsAppHeader | undefined | null {
  const at = quickStamp(line, scratch);
  if (at < 0) return null;
  const tail = line.slice(at);
  const rest = hasHeaderMarks(line, at) ? cleanHeader(tail) : tail;
  const s = scratch;
  if (s.ios) {
    // `/^[^:]{1,80}?: /`: the first colon within 80 characters, a space after it.
    const colon = rest.indexOf(':');
    if (colon < 1 || colon > 80 || rest.charCodeAt(colon + 1) !== 32) return undefined;
  }
  const header: WhatsAppHeader = {
    style: s.ios ? 'ios' : 'android',
    date: { a: s.a, b: s.b, c: s.c, yearFirst: s.yearFirst },
    hours: line.slice(s.hFrom, s.mFrom - 1),
    minutes: line.slice(s.mFrom, s.mFrom + 2),
    rest,
    restAt: at,
  };
  if (s.sFrom >= 0) header.seconds = line.slice(s.sFrom, s.sFrom + 2);
  return header;
}

/** `/^([^:]+?): /.exec(rest)?.[1]`: the text before the first colon, when a space follows it. */
export const authorOf = (rest: string): string | undefined => {
  const colon = rest.indexOf(':');
  return colon > 0 && rest.charCodeAt(colon + 1) === 32 ? rest.slice(0, colon) : undefined;
};
