/** Field names and time values shared by the generic CSV and JSONL parsers (FORMATS.md 5). */
import type { Diagnostic, MessageKind } from '../types.js';
import { isCalendarDate } from './iso-time.js';
import { clockTime, isoDate, warning } from './text.js';

export type Field = 'time' | 'date' | 'clock' | 'author' | 'text' | 'to' | 'replyTo' | 'kind';

/** Synonyms, compared after lower-casing and dropping everything but letters and digits. */
const synonyms: Record<Field, string[]> = {
  time: ['timestamp', 'datetime', 'created', 'createdat', 'sent', 'senttime', 'chattime', 'when'],
  date: ['date'],
  clock: ['time'],
  author: ['author', 'sender', 'from', 'name', 'user', 'username', 'displayname', 'speaker'],
  text: ['message', 'text', 'content', 'body', 'comment', 'msg'],
  to: ['to', 'recipient'],
  replyTo: ['replyto', 'inreplyto'],
  kind: ['kind', 'type'],
};

const squash = (name: string): string => name.replace(/^\uFEFF/, '').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/** Index (or key) of each known field among the given names; the first match wins. */
export function mapFields<K>(names: K[], nameOf: (k: K) => string): Partial<Record<Field, K>> {
  const out: Partial<Record<Field, K>> = {};
  for (const k of names) {
    const s = squash(nameOf(k));
    for (const [field, words] of Object.entries(synonyms) as [Field, string[]][]) {
      if (out[field] === undefined && words.includes(s)) out[field] = k;
    }
  }
  return out;
}

/** Every name the message text may go by, for errors: `message, text, … or msg`. */
const textNames = (): string => `${synonyms.text.slice(0, -1).join(', ')} or ${synonyms.text.at(-1)}`;

// Names past this many, or characters past this many in one, are elided in an error: the message stays one line.
const SHOWN_NAMES = 8;
const SHOWN_CHARS = 30;

/** A name as an error shows it: trimmed, control characters as `?`, clipped. */
function shownName(name: string): string {
  const n = name.replace(/^\uFEFF/, '').trim().replace(/\p{Cc}/gu, '?');
  if (n === '') return '""';
  return n.length > SHOWN_CHARS ? `${n.slice(0, SHOWN_CHARS - 1)}…` : n;
}

/**
 * Why columns or keys with these names give no messages, or undefined when one is the text:
 * `its header (a, b, c) has no message column; name one message, text, … or msg`.
 */
export function missingText(names: readonly string[], what: string, part: string): string | undefined {
  if (names.some((n) => synonyms.text.includes(squash(n)))) return undefined;
  const shown = names.slice(0, SHOWN_NAMES).map(shownName);
  const list = `${shown.join(', ')}${names.length > SHOWN_NAMES ? `, … (${names.length} in all)` : ''}`;
  return `${what} (${list}) has no message ${part}; name one ${textNames()}`;
}

/** A time, a date or both: lone `date` and `time` columns stand in for a timestamp. */
export const hasTime = (f: Partial<Record<Field, unknown>>): boolean =>
  f.time !== undefined || f.date !== undefined || f.clock !== undefined;

/** Joins separate date and time values when the source splits them. */
export function rawTime(values: { time?: string; date?: string; clock?: string }): string | undefined {
  if (values.time?.trim()) return values.time.trim();
  const parts = [values.date?.trim(), values.clock?.trim()].filter((v): v is string => !!v);
  return parts.length > 0 ? parts.join(' ') : undefined;
}

const numeric = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2,4})(?:[ ,T]+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([ap])\.?m\.?)?)?$/i;

/** Day-first unless a value can only be month-first (en-GB default). */
export function inferDayFirst(values: (string | undefined)[]): boolean {
  const pairs = values.flatMap((v) => {
    const m = numeric.exec(v ?? '');
    return m ? [[Number(m[1]), Number(m[2])] as const] : [];
  });
  if (pairs.some(([a]) => a > 12)) return true;
  return !pairs.some(([, b]) => b > 12);
}

/** `inferDayFirst` one value at a time, for a parser that streams its rows. */
export class DayFirstVote {
  private dayOver12 = false;
  private monthOver12 = false;

  add(value: string | undefined): void {
    // Only numeric dates vote; ISO and other times (most values) stop at the first character.
    if (value === undefined || this.dayOver12) return;
    const c = value.charCodeAt(0);
    if (!(c >= 48 && c <= 57)) return;
    // `numeric` needs a separator after one or two digits: ISO's `2026-` has none there.
    const sep = isDigitAt(value, 1) ? value.charCodeAt(2) : value.charCodeAt(1);
    if (sep !== 47 && sep !== 46 && sep !== 45) return;
    const m = numeric.exec(value);
    if (!m) return;
    if (Number(m[1]) > 12) this.dayOver12 = true;
    if (Number(m[2]) > 12) this.monthOver12 = true;
  }

  dayFirst(): boolean {
    return this.dayOver12 || !this.monthOver12;
  }
}

/** The warning for a time `normaliseTime` could not read, which the message keeps as written. */
export const unreadTime = (file: string, line: number, raw: string): Diagnostic =>
  warning(file, line, `cannot read the time "${raw.length > 40 ? `${raw.slice(0, 40)}…` : raw}" as a real date or clock; kept as written`);

/**
 * ISO 8601 where the value allows it: ISO kept (space to `T`), `dd/mm/yyyy hh:mm`,
 * Unix seconds or milliseconds (UTC), Excel serial days (local). Undefined for a value
 * that is no time, or names no real day or clock (`31/02/2026`, `2026-03-13T25:00`):
 * the caller keeps it as written and says so.
 */
export function normaliseTime(value: string, dayFirst: boolean): string | undefined {
  const plain = plainIso(value);
  if (plain !== undefined) return plain;
  const v = value.trim();
  const iso = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?(Z|[+-](\d{2}):?(\d{2}))?$/.exec(v);
  if (iso) {
    if (!isCalendarDate(iso[1]!)) return undefined;
    if (iso[2] === undefined) return iso[1]!;
    if (Number(iso[2]) > 23 || Number(iso[3]) > 59 || Number(iso[4] ?? 0) >= 60 || Number(iso[6] ?? 0) > 23 || Number(iso[7] ?? 0) > 59) return undefined;
    // Already in the output form (the usual case): the value itself, not a rebuilt copy.
    if (v.charCodeAt(10) === 84 && iso[2].length === 2 && iso[4] !== undefined) return v;
    // One flat string: a template would keep a tree of pieces per message.
    return [iso[1], 'T', iso[2].padStart(2, '0'), ':', iso[3], ':', iso[4] ?? '00', iso[5] ?? ''].join('');
  }
  const m = numeric.exec(v);
  if (m) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    const year = m[3]!.length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
    const date = dayFirst ? isoDate(year, b, a) : isoDate(year, a, b);
    const clock = m[4] === undefined ? undefined : clockTime(m[4], m[5]!, m[6], m[7]);
    if (!date || (m[4] !== undefined && !clock)) return undefined;
    return clock ? `${date}T${clock}` : date;
  }
  if (/^\d{10}(?:\.\d+)?$/.test(v)) return new Date(Number(v) * 1000).toISOString().replace('.000Z', 'Z');
  if (/^\d{13}$/.test(v)) return new Date(Number(v)).toISOString().replace('.000Z', 'Z');
  if (/^\d{5}(?:\.\d+)?$/.test(v)) return fromExcelSerial(Number(v));
  const clock = /^(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([ap])\.?m\.?)?$/i.exec(v);
  return (clock && clockTime(clock[1]!, clock[2]!, clock[3], clock[4])) || undefined;
}

const isDigitAt = (s: string, i: number): boolean => {
  const c = s.charCodeAt(i);
  return c >= 48 && c <= 57;
};
/** The two digits at `i` as a number (the caller has checked they are digits). */
const two = (s: string, i: number): number => (s.charCodeAt(i) - 48) * 10 + s.charCodeAt(i + 1) - 48;
// Where `YYYY-MM-DD HH:MM:SS` has its digits.
const ISO_DIGITS = [0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18];

/**
 * `normaliseTime` of the usual `YYYY-MM-DD HH:MM:SS` or `...THH:MM:SS`, with any
 * fraction and zone (`Z`, `+01:00`, `+0100`), without the regex; else undefined.
 */
function plainIso(v: string): string | undefined {
  const n = v.length;
  if (n < 19 || v.charCodeAt(4) !== 45 || v.charCodeAt(7) !== 45 || v.charCodeAt(13) !== 58 || v.charCodeAt(16) !== 58) return undefined;
  for (let k = 0; k < ISO_DIGITS.length; k++) if (!isDigitAt(v, ISO_DIGITS[k]!)) return undefined;
  // A day, clock or zone out of range is left to the checks of the general path.
  const month = two(v, 5);
  const day = two(v, 8);
  if (v.charCodeAt(0) === 48 || month < 1 || month > 12 || day < 1 || day > 31 || two(v, 11) > 23 || two(v, 14) > 59 || two(v, 17) > 59) return undefined;
  if (day > 28 && isoDate(two(v, 0) * 100 + two(v, 2), month, day) === undefined) return undefined;
  let i = 19;
  if (v.charCodeAt(i) === 46) {
    i++;
    if (!isDigitAt(v, i)) return undefined;
    while (isDigitAt(v, i)) i++;
  }
  if (i < n) {
    const c = v.charCodeAt(i);
    if (c === 90) i++;
    else if (c === 43 || c === 45) {
      if (!isDigitAt(v, i + 1) || !isDigitAt(v, i + 2) || two(v, i + 1) > 23) return undefined;
      i += v.charCodeAt(i + 3) === 58 ? 4 : 3;
      if (!isDigitAt(v, i) || !isDigitAt(v, i + 1) || two(v, i) > 59) return undefined;
      i += 2;
    } else return undefined;
  }
  if (i !== n) return undefined;
  const sep = v.charCodeAt(10);
  if (sep === 84) return v;
  if (sep !== 32) return undefined;
  // One flat string, as the regex path builds it; the usual bare `YYYY-MM-DD HH:MM:SS` from its characters (no slices, and one-byte even in a two-byte line).
  if (n === 19) return String.fromCharCode(c(v, 0), c(v, 1), c(v, 2), c(v, 3), 45, c(v, 5), c(v, 6), 45, c(v, 8), c(v, 9), 84, c(v, 11), c(v, 12), 58, c(v, 14), c(v, 15), 58, c(v, 17), c(v, 18));
  return [v.slice(0, 10), 'T', v.slice(11)].join('');
}

const c = (v: string, i: number): number => v.charCodeAt(i);

/** Excel serial day (1900 system, epoch 1899-12-30) as local ISO, to the nearest second. */
function fromExcelSerial(serial: number): string {
  const ms = Math.round(serial * 86400) * 1000 + Date.UTC(1899, 11, 30);
  return new Date(ms).toISOString().slice(0, 19);
}

/** Recipient values that are unambiguous; anything else is left unknown. */
export function readTo(value: string | undefined): 'everyone' | 'direct' | undefined {
  const v = value?.trim().toLowerCase();
  if (v === 'everyone' || v === 'all' || v === 'public') return 'everyone';
  if (v === 'direct' || v === 'private' || v === 'privately' || v === 'dm') return 'direct';
  return undefined;
}

export function readKind(value: string | undefined): MessageKind | undefined {
  const v = value?.trim().toLowerCase();
  return v === 'message' || v === 'system' || v === 'reaction' ? v : undefined;
}
