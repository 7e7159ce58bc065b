/** Small pure helpers the parsers share: header-zone cleaning, times, diagnostics. */
import type { ChatExport, Diagnostic, Message } from '../types.js';
import { isCalendarDate } from './iso-time.js';
import { commonDate, span, timeRuns } from './time-runs.js';

// Bidi marks, zero-width characters and soft hyphens; ZWJ stays in bodies (emoji), only the header zone loses it.
const invisible = /[\u200B-\u200F\u202A-\u202E\u00AD\u2066-\u2069]/g;
const oddSpaces = /[\u00A0\u2009\u202F]/g;

/** Header zone only: drop invisible marks, make odd spaces plain (`\s` does not match LRM). */
export const cleanHeader = (line: string): string =>
  // Most lines are plain ASCII: one cheap scan instead of two replaces.
  hasHeaderMarks(line) ? line.replace(invisible, '').replace(oddSpaces, ' ') : line;
const headerMarks = /[\u00A0\u00AD\u2009\u200B-\u200F\u202A-\u202F\u2066-\u2069]/;
const headerMarksFrom = new RegExp(headerMarks.source, 'g');
// Every mark is U+00A0 or above. A class of one range is about three times quicker to scan than the marks' class,
// and most lines (or all of an ASCII export's) have no such character: the marks are looked for only where it does.
const wide = /[^\x00-\x9f]/;
const wideFrom = new RegExp(wide.source, 'g');
/**
 * Whether `cleanHeader` would change the text (from index `from` on). A regex scan beats a char-code loop here.
 * The marks are looked for from the first wide character on: an emoji near the end of a body line leaves little to scan.
 */
export const hasHeaderMarks = (line: string, from = 0): boolean => {
  if (from === 0) {
    const at = line.search(wide);
    return at >= 0 && testFrom(headerMarksFrom, line, at);
  }
  return testFrom(wideFrom, line, from) && testFrom(headerMarksFrom, line, from);
};

/** A character `cleanHeader` drops or turns into a space. */
export const isHeaderMark = (c: number): boolean =>
  c === 0xa0 || c === 0xad || c === 0x2009 || (c >= 0x200b && c <= 0x200f) || (c >= 0x202a && c <= 0x202f) || (c >= 0x2066 && c <= 0x2069);

/** Whether `cleanHeader` would change `line` between `from` and `to`: a short header zone, by char code and with no slice. */
export function hasHeaderMarksIn(line: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = line.charCodeAt(i);
    if (c >= 0xa0 && isHeaderMark(c)) return true;
  }
  return false;
}

/** The characters `cleanHeader` drops (`invisible`), by code, not by a regex per character. */
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
 * `tail`, the end of `cleaned = cleanHeader(raw)`, as `raw` has it: a body found by reading
 * the cleaned line keeps its own marks and spaces, since only the header zone is cleaned.
 */
export function rawTail(raw: string, cleaned: string, tail: string): string {
  if (cleaned === raw) return tail;
  const at = cleaned.length - tail.length;
  // Same length: nothing was dropped, and an odd space became one plain space in place.
  return raw.slice(raw.length === cleaned.length ? at : originalIndex(raw, at));
}

/** `re` (global) tested on `line` from index `from`, left ready for the next call. */
function testFrom(re: RegExp, line: string, from: number): boolean {
  re.lastIndex = from;
  const found = re.test(line);
  re.lastIndex = 0;
  return found;
}

export const warning = (file: string, line: number | undefined, message: string): Diagnostic =>
  line === undefined ? { file, severity: 'warning', message } : { file, line, severity: 'warning', message };

const pad = (n: number | string): string => String(n).padStart(2, '0');

/** `2:05 pm` parts to `14:05:00`; undefined when out of range. */
export function clockTime(hours: string, minutes: string, seconds?: string, meridiem?: string): string | undefined {
  let h = Number(hours);
  const m = Number(minutes);
  const s = seconds === undefined ? 0 : Number(seconds);
  if (meridiem) {
    const pm = /^p/i.test(meridiem);
    if (h < 1 || h > 12) return undefined;
    h = (h % 12) + (pm ? 12 : 0);
  }
  if (h > 23 || m > 59 || s > 59) return undefined;
  return `${pad(h)}:${pad(m)}:${pad(s)}`;
}

/** `YYYY-MM-DD` plus whole days, through UTC so no time zone can shift it. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Day of the week of a `YYYY-MM-DD` date, 0 = Sunday. */
export const weekday = (date: string): number => new Date(`${date}T00:00:00Z`).getUTCDay();

export const isoDate = (year: number, month: number, day: number): string | undefined => {
  // A year of other than four digits (`13/03/202`, a typo) is no ISO date, and `Date` throws on it.
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  // A chat has few distinct dates; checking each through a Date once keeps parsers off the GC.
  const key = year * 10000 + month * 100 + day;
  const known = isoDates.get(key);
  if (known !== undefined) return known || undefined;
  const date = `${year}-${pad(month)}-${pad(day)}`;
  const valid = isCalendarDate(date) ? date : '';
  if (isoDates.size >= 4096) isoDates.clear();
  isoDates.set(key, valid);
  return valid || undefined;
};
const isoDates = new Map<number, string>();

/**
 * Assembles a ChatExport with `start`/`end` (unless the times are offsets) and no undefined keys;
 * `dateFromTimes`: without a `date`, the one most messages carry.
 */
export function finishExport(
  head: { format: string; platform?: string; date?: string; dateFromTimes?: boolean; title?: string; offsets?: boolean },
  messages: Message[],
  warnings: Diagnostic[],
): ChatExport {
  // Warnings in file order, whichever pass found them; file-wide ones (no line) last.
  const sorted = [...warnings].sort((a, b) => (a.line ?? Infinity) - (b.line ?? Infinity));
  const out: ChatExport = { format: head.format, messages, warnings: sorted };
  if (head.platform) out.platform = head.platform;
  if (head.title) out.title = head.title;
  // One pass over the times serves both the date and the span.
  const fromTimes = head.date === undefined && head.dateFromTimes === true;
  const runs = fromTimes || !head.offsets ? timeRuns(messages) : [];
  const date = fromTimes ? commonDate(runs) : head.date;
  if (date) out.date = date;
  if (!head.offsets) Object.assign(out, span(runs, date));
  return out;
}

/**
 * A message with only the keys that are known, in a stable order that keeps expected JSON readable.
 * Flat `file` and `line` and no derived id: a chat of a million messages keeps a million of each.
 */
export function message(file: string, line: number, fields: Omit<Partial<Message>, 'text' | 'file' | 'line'> & { text: string }): Message {
  const { id, time, author, text, to, replyTo } = fields;
  const kind = fields.kind ?? 'message';
  // The common shapes as one literal each: all keys in the object itself, none in a separate property array.
  if (id === undefined && replyTo === undefined && time && author) {
    return to ? { time, author, text, kind, to, file, line } : { time, author, text, kind, file, line };
  }
  const out = (id === undefined ? {} : { id }) as Message;
  if (time) out.time = time;
  if (author) out.author = author;
  out.text = text;
  out.kind = kind;
  if (to) out.to = to;
  if (replyTo !== undefined) out.replyTo = replyTo;
  out.file = file;
  out.line = line;
  return out;
}

/**
 * `message(file, line, { time, author, text, to })` for the commonest shape, a plain message
 * with no id or reply, without the fields object a call of `message` makes at every site.
 */
export function chatMessage(file: string, line: number, time: string | undefined, author: string | undefined, text: string, to?: 'everyone' | 'direct'): Message {
  if (!time || !author) return message(file, line, { time, author, text, to });
  return to ? { time, author, text, kind: 'message', to, file, line } : { time, author, text, kind: 'message', file, line };
}

/** How a reply names a message: its id, else `file:line` (`file` alone when it has no line), as a point's sources do. */
export const messageRef = (m: Message): string => m.id ?? (m.line === undefined ? m.file : `${m.file}:${m.line}`);

/** Lines of already-normalised text (decode turned every ending into `\n`). */
export const splitLines = (text: string): string[] => text.split('\n');

/** `s.trim() === ''`, without trimming the common line that starts with a printable ASCII character. */
export const isBlank = (s: string): boolean => {
  const c = s.charCodeAt(0);
  return !(c > 32 && c < 127) && s.trim() === '';
};

/** Joins body lines, trimming blank lines at either end but keeping inner ones. */
export function joinBody(lines: string[]): string {
  if (lines.length === 1) return isBlank(lines[0]!) ? '' : lines[0]!;
  let a = 0;
  let b = lines.length;
  while (a < b && lines[a]!.trim() === '') a++;
  while (b > a && lines[b - 1]!.trim() === '') b--;
  return lines.slice(a, b).join('\n');
}
