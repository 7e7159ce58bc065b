/** Teams paste timestamps: `13/03/2026 2:02 pm`, `14:02`, `Yesterday 16:40`, `3/14 10:02 AM`. */
import { InputError } from '../errors.js';
import type { ChatExport, Diagnostic, Message, ParseSource } from '../types.js';
import type { Lines } from './lines.js';
import { addDays, clockTime, finishExport, isoDate, warning, weekday } from './text.js';

export interface Stamp {
  clock: string;
  /** `a/b[/y]` as written; which of a, b is the day is decided per file. */
  numeric?: { a: number; b: number; y?: number };
  iso?: string;
  /** `Today`, `Yesterday` or a weekday name, lower-case. */
  word?: string;
}

const days = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const stampRe =
  /^(?:(\d{1,2})[/.](\d{1,2})(?:[/.](\d{2,4}))?|(\d{4}-\d{2}-\d{2})|(today|yesterday|(?:mon|tues|wednes|thurs|fri|satur|sun)day))?,?\s*(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([ap])\.?\s?m\.?)?$/i;

const stampStart = /^[\d,tymwfs]/i;

/** A whole line that is only a date/time; a body line that merely starts with a time is not. */
export function readStamp(line: string): Stamp | undefined {
  const t = line.trim();
  // Every stamp ends in a digit, `m` or `m.`, has `h:mm`, and starts with a digit, a comma or a day word (t, y, m, w, f, s): most body lines fail here.
  const last = t.charCodeAt(t.length - 1);
  if (!((last >= 48 && last <= 57) || last === 109 || last === 77 || last === 46)) return undefined;
  if (!stampStart.test(t) || !t.includes(':')) return undefined;
  // A chat repeats each stamp for every message of its minute: read each once. Stamps are never changed.
  // The last one first: an equal string is compared in place, where the table would hash it.
  if (t === lastLine) return lastStamp;
  const known = stampLines.get(t);
  const stamp = known !== undefined ? known ?? undefined : parseStamp(t);
  if (known === undefined) {
    if (stampLines.size >= 4096) stampLines.clear();
    stampLines.set(t, stamp ?? null);
  }
  lastLine = t;
  lastStamp = stamp;
  return stamp;
}
const stampLines = new Map<string, Stamp | null>();
let lastLine: string | undefined;
let lastStamp: Stamp | undefined;

function parseStamp(t: string): Stamp | undefined {
  const m = stampRe.exec(t);
  if (!m) return undefined;
  const clock = clockTime(m[6]!, m[7]!, m[8], m[9]);
  if (!clock) return undefined;
  const stamp: Stamp = { clock };
  if (m[1] && m[2]) {
    const y = m[3] === undefined ? undefined : Number(m[3]) < 100 ? 2000 + Number(m[3]) : Number(m[3]);
    stamp.numeric = y === undefined ? { a: Number(m[1]), b: Number(m[2]) } : { a: Number(m[1]), b: Number(m[2]), y };
  }
  if (m[4]) stamp.iso = m[4];
  if (m[5]) stamp.word = m[5].toLowerCase();
  return stamp;
}

/** Day-first unless some date can only be month-first (en-GB default, FORMATS 13.1). */
export function inferDayFirst(stamps: (Stamp | undefined)[]): boolean {
  let monthFirst = false;
  for (const s of stamps) {
    if (!s?.numeric) continue;
    if (s.numeric.a > 12) return true;
    if (s.numeric.b > 12) monthFirst = true;
  }
  return !monthFirst;
}

/**
 * Turns stamps into ISO local times; with `carry`, a time-only stamp takes the
 * last date seen (compact density shows only the time). Relative words resolve against `date`, with one
 * warning per word; without any date the time stays `HH:MM:SS`.
 */
export function timeResolver(opts: { date?: string; dayFirst: boolean; carry: boolean; file: string; warnings: Diagnostic[] }) {
  let current = opts.date;
  const warned = new Set<string>();
  // Stamps are shared per distinct line (readStamp), and neighbours mostly repeat one: the last answer is reused
  // while the stamp and the carried day are the same. Words are left out: they may warn.
  let lastStamp: Stamp | undefined;
  let lastCurrent: string | undefined;
  let lastTime = '';
  return (stamp: Stamp, line: number): string => {
    if (stamp === lastStamp && current === lastCurrent) return lastTime;
    const date = dateOf(stamp, line);
    // Classic brackets without a day mean the paste's day; new-layout compact times mean the day above.
    if (date) current = date;
    const day = date ?? (opts.carry ? current : opts.date);
    // One flat string (a template is a cons string that messages would keep with its parts); the
    // same one for every message until the stamp changes, so a paste needs no interner for its times.
    const time = day ? [day, 'T', stamp.clock].join('') : stamp.clock;
    lastStamp = stamp.word === undefined ? stamp : undefined;
    lastCurrent = current;
    lastTime = time;
    return time;
  };

  function dateOf(stamp: Stamp, line: number): string | undefined {
    if (stamp.iso) return isoDate(...(stamp.iso.split('-').map(Number) as [number, number, number])) ?? unreadable(stamp.iso, line);
    if (stamp.numeric) {
      const { a, b, y } = stamp.numeric;
      // No array destructuring: a short run is never optimised, and there it walks an iterator.
      const day = opts.dayFirst ? a : b;
      const month = opts.dayFirst ? b : a;
      const year = y ?? yearOf(current ?? opts.date);
      if (year === undefined) return undefined;
      return isoDate(year, month, day) ?? unreadable(`${a}/${b}${y === undefined ? '' : `/${y}`}`, line);
    }
    if (!stamp.word) return undefined;
    if (!opts.date) {
      note(stamp.word, line, `relative day "${stamp.word}" left unresolved; pass --date`);
      return undefined;
    }
    note(stamp.word, line, `relative day "${stamp.word}" resolved against ${opts.date}`);
    if (stamp.word === 'today') return opts.date;
    if (stamp.word === 'yesterday') return addDays(opts.date, -1);
    // A weekday name means the latest such day on or before the meeting date.
    const back = (weekday(opts.date) - days.indexOf(stamp.word) + 7) % 7;
    return addDays(opts.date, -back);
  }

  // `31/02/2026` or `13/03/202`: the clock is kept, without a date rather than a wrong one.
  // One warning per date as read (the key), at its first line.
  function unreadable(date: string, line: number): undefined {
    note(date, line, 'cannot read the date of this time stamp (not a calendar date); the time is kept without it');
    return undefined;
  }

  function note(word: string, line: number, message: string): void {
    if (warned.has(word)) return;
    warned.add(word);
    opts.warnings.push(warning(opts.file, line, message));
  }
}

const yearOf = (date: string | undefined): number | undefined => (date ? Number(date.slice(0, 4)) : undefined);

type Pass = (lines: Lines, source: ParseSource, dayFirst: boolean) => { messages: Message[]; warnings: Diagnostic[]; dayFirst: boolean };

/**
 * A Teams paste, read day-first (en-GB); a file whose dates can only be month-first
 * is read again that way. `notAPaste` is the error when no message is found.
 */
export function readDayFirst(lines: Lines, source: ParseSource, format: string, readPass: Pass, notAPaste: string): ChatExport {
  let pass = readPass(lines, source, true);
  if (!pass.dayFirst) {
    lines.rewind();
    pass = readPass(lines, source, false);
  }
  const { messages, warnings } = pass;
  if (!messages.some((m) => m.kind === 'message')) throw new InputError(source.file, notAPaste);
  return finishExport({ format, platform: 'MS Teams', dateFromTimes: true }, messages, warnings);
}
