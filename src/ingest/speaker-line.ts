/**
 * A Teams transcript speaker line (`Name   0:03`, `Name 10:30 AM`) split by hand, as
 * the two regexes Teams .docx reading used would split it:
 *   weak   `^\s*(\S.*?)[ \u00A0]+TIME\s*$`
 *   strong `^\s*(\S.*?)(?:\t|[ \u00A0]{2,})TIME\s*$`
 * with TIME `\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?`. The time sits at the line's
 * end and starts right after a separator, so there is at most one place it can start; the
 * lazy name then ends where the separator run before it starts. No regex, no match array.
 */

/** Which layouts a line is in: bit 1 weak, bit 2 strong; 0 when neither. Its parts are in `speakerParts`. */
export const WEAK = 1;
export const STRONG = 2;

/** Where the last split line's name and time are: `line.slice(nameStart, nameEnd)`, `line.slice(timeStart, timeEnd)`. */
export const speakerParts = { nameStart: 0, nameEnd: 0, timeStart: 0, timeEnd: 0 };

/** JavaScript's `\s`. */
const isSpace = (c: number): boolean =>
  c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
// What `.` does not match: a name holding one cannot be read.
const isLineEnd = (c: number): boolean => c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
const isWide = (c: number): boolean => c === 32 || c === 0xa0;

/** The layouts `line` is a speaker line in (WEAK | STRONG bits), with its parts in `speakerParts`. */
export function speakerLayout(line: string): number {
  let e = line.length;
  while (e > 0 && isSpace(line.charCodeAt(e - 1))) e--;
  const t = timeStart(line, e);
  if (t < 1) return 0;
  let nameStart = 0;
  while (nameStart < t && isSpace(line.charCodeAt(nameStart))) nameStart++;
  const before = line.charCodeAt(t - 1);
  let x: number;
  let layout: number;
  if (before === 9) {
    x = t - 1;
    layout = STRONG;
  } else {
    let r = t - 1;
    while (r > 0 && isWide(line.charCodeAt(r - 1))) r--;
    x = Math.max(nameStart + 1, r);
    layout = t - x >= 2 ? WEAK | STRONG : WEAK;
  }
  // A name of at least one character, then at least one separator.
  if (x >= t || x < nameStart + 1) return 0;
  for (let i = nameStart; i < x; i++) if (isLineEnd(line.charCodeAt(i))) return 0;
  speakerParts.nameStart = nameStart;
  speakerParts.nameEnd = x;
  speakerParts.timeStart = t;
  speakerParts.timeEnd = e;
  return layout;
}

/** Start of a TIME that ends at `e` and follows a space, no-break space or TAB; -1 when there is none. */
function timeStart(l: string, e: number): number {
  let j = e;
  if (!isDigit(l.charCodeAt(j - 1))) {
    // `[AaPp]\.?[Mm]\.?`, read backwards, then the one optional white space before it.
    if (l.charCodeAt(j - 1) === 46) j--;
    const m = l.charCodeAt(j - 1);
    if (m !== 77 && m !== 109) return -1;
    j--;
    if (l.charCodeAt(j - 1) === 46) j--;
    const a = l.charCodeAt(j - 1) | 32;
    if (a !== 97 && a !== 112) return -1;
    j--;
    if (!isDigit(l.charCodeAt(j - 1)) && isSpace(l.charCodeAt(j - 1))) j--;
  }
  // `\d{1,2}:\d{2}(?::\d{2})?` ending at j: the longest form that fits (a shorter one would start after a digit or colon).
  if (!isDigit(l.charCodeAt(j - 1)) || !isDigit(l.charCodeAt(j - 2)) || l.charCodeAt(j - 3) !== 58) return -1;
  let t: number;
  if (isDigit(l.charCodeAt(j - 4)) && isDigit(l.charCodeAt(j - 5)) && l.charCodeAt(j - 6) === 58 && isDigit(l.charCodeAt(j - 7))) t = j - 7;
  else if (isDigit(l.charCodeAt(j - 4))) t = j - 4;
  else return -1;
  if (isDigit(l.charCodeAt(t - 1))) t--;
  const c = l.charCodeAt(t - 1);
  return c === 32 || c === 0xa0 || c === 9 ? t : -1;
}
