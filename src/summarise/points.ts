/** Turning a kept message into the text of one or more points. */
import { twin } from '../text/charset.js';

// Agreement openers that repeat someone else's point: "+1", "Agree -", "Totally agree,".
// Matched without the `i` flag: a case-insensitive Unicode pattern takes milliseconds to
// compile at every start, so the ASCII words spell out their cases instead.
const anyCase = (words: string): string => words.replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`);
const opener = (letter: string, letterOrDigit: string): RegExp =>
  new RegExp(
    `^(?:\\s*(?:\\+\\d+|(?:${anyCase('totally |completely |strongly |i ')})?${anyCase('agree')}[dD]?(?: ${anyCase('with')} [${letter}][${letter}'’-]*)?|${anyCase('yes|yeah|same|exactly|absolutely')})(?:\\s*[,:;.!–—-]+\\s*|\\s+(?=[${letterOrDigit}]))|\\s*\\+\\d+\\s*)+`,
    'u',
  );
// With an ASCII twin for text whose letters and digits are all ASCII (text/charset.ts).
const OPENER = twin(opener('A-Za-z', 'A-Za-z0-9'), () => opener('\\p{L}', '\\p{L}\\p{N}'));
// A cheap first look: most messages start with none of the openers.
const MAYBE_OPENER = /^\s*(?:\+\d|totally|completely|strongly|i agree|agree|yes|yeah|same|exactly|absolutely)/i;
const LIST_MARKER = /^\s*(?:[-*•‣▪–]|\d{1,2}[.)])\s+/u;

// A point that opens with a link keeps the link exactly as shared. Plain toUpperCase:
// English has no locale-specific casing, and the locale-aware call costs an ICU load at start-up.
const capitalise = (s: string): string => (/^https?:/i.test(s) ? s : s.charAt(0).toUpperCase() + s.slice(1));

/** Tidies one point: one line, no agreement opener, a capital first letter. */
export function cleanPoint(text: string): string {
  // Most points are one line with single spaces already: no new string for those.
  const flat = (/\s\s|[^\S ]/.test(text) ? text.replace(/\s+/g, ' ') : text).trim();
  const stripped = MAYBE_OPENER.test(flat) ? flat.replace(OPENER(flat), '') : flat;
  // An opener with nothing after it ("Agree!") leaves the text as it was.
  return capitalise(stripped.length > 0 ? stripped : flat);
}

/**
 * The points a message makes: each item when it is a list of two or more
 * items, otherwise the whole message as one point.
 */
export function splitPoints(text: string): string[] {
  if (!text.includes('\n')) {
    const point = cleanPoint(text);
    return point === '' ? [] : [point];
  }
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  const items = lines.filter((l) => LIST_MARKER.test(l));
  if (items.length >= 2 && items.length >= lines.length - 1) {
    return lines.map((l) => cleanPoint(l.replace(LIST_MARKER, ''))).filter((p) => p !== '');
  }
  const point = cleanPoint(text);
  return point === '' ? [] : [point];
}
