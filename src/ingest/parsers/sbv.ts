/** Google Meet chat saved beside a recording: SubViewer `.sbv` cues of `Name: text` lines. */
import { InputError } from '../../errors.js';
import type { Diagnostic, Message, ParseSource } from '../../types.js';
import { addBodyLine, type BodyLines, bodyLinesText } from '../body-lines.js';
import { ClockInterner, Interner } from '../intern.js';
import { lineParser, type Lines } from '../lines.js';
import { recordingStartFromName, timeAfter } from '../recording-start.js';
import { chatMessage, cleanHeader, finishExport, hasHeaderMarksIn, rawTail, splitLines, warning } from '../text.js';

const format = 'sbv';
const cueLine = /^(\d{1,2}):(\d{2}):(\d{2})\.(\d{1,3}),\d{1,2}:\d{2}:\d{2}\.\d{1,3}$/;
const fullName = /^\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){1,3}$/u;

interface Draft extends BodyLines {
  line: number;
  time: string;
  author?: string;
}

export const sbv = lineParser({
  format,
  platform: 'Google Meet',
  description: 'Google Meet chat saved with a recording (.sbv): "H:MM:SS.mmm,H:MM:SS.mmm" cue, then "Name: text" lines',
  detect(head, name) {
    const hits = splitLines(head).slice(0, 80).filter((l) => cueLine.test(l.trim())).length;
    if (hits === 0) return 0;
    const bonus = /\.sbv$/i.test(name) ? 0.05 : 0;
    return Math.min(1, (hits >= 2 ? 0.9 : 0.6) + bonus);
  },
  /**
   * Authors are the names that open a cue. A later line in a cue starts a new
   * message only with one of those names or a capitalised full name ("Jordan Lee"),
   * so "Note: bring a pen" stays a continuation. One pass knows the names seen so
   * far; if a name it turned down opens a cue later on, the file is read again.
   */
  parseLines(lines, source) {
    let pass = readPass(lines, source, undefined);
    if ([...pass.refused].some((n) => pass.authors.has(n))) {
      lines.rewind();
      pass = readPass(lines, source, pass.authors);
    }
    const { messages, warnings } = pass;
    if (messages.length === 0) throw new InputError(source.file, 'not a Google Meet .sbv chat: no "H:MM:SS.mmm,H:MM:SS.mmm" cues with text');
    // Zoned or offset times get no start/end here: the summarise header works them out.
    const rec = pass.rec;
    return finishExport({ format, platform: 'Google Meet', offsets: true, ...(rec ? { date: rec.local.slice(0, 10) } : {}) }, messages, warnings);
  },
});

/** `named` by hand: the name runs to the first colon, which a space must follow. */
function readNamed(line: string): { name: string; text: string } | undefined {
  const colon = line.indexOf(':');
  if (colon < 1 || colon > 80 || line.charCodeAt(colon + 1) !== 32) return undefined;
  // The text is the rest of the line, a line separator or CR in it included.
  return { name: line.slice(0, colon), text: line.slice(colon + 2) };
}

/** The `HH:MM:SS` a usual cue line starts with, the hour padded. */
const clockOf = (raw: string, colon: number): string => (colon === 1 ? `0${raw.slice(0, 7)}` : raw.slice(0, 8));

/** A cue line (after trimming) starts with a digit: most lines are ruled out without the regex. */
const cueOf = (raw: string): RegExpExecArray | null => {
  const t = raw.trim();
  const c = t.charCodeAt(0);
  return c >= 48 && c <= 57 ? cueLine.exec(t) : null;
};

const digitAt = (s: string, i: number): number => {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -1;
};

/**
 * `cueLine` by hand for a line that starts and ends with a digit (so `trim` leaves it
 * as it is): the start in milliseconds, or -1 when it is no cue line. Every part is
 * fixed-width or ends at a non-digit, so reading left to right is what the regex does.
 */
function plainCueMs(l: string): number {
  let p = 0;
  // `\d{1,2}:\d{2}:\d{2}\.\d{1,3}`, twice, with a comma between; the first one's value is kept.
  let start = -1;
  for (let part = 0; part < 2; part++) {
    let h = digitAt(l, p++);
    if (h < 0) return -1;
    const d = digitAt(l, p);
    if (d >= 0) {
      h = h * 10 + d;
      p++;
    }
    if (l.charCodeAt(p) !== 58) return -1;
    const m1 = digitAt(l, p + 1);
    const m2 = digitAt(l, p + 2);
    const s1 = digitAt(l, p + 4);
    const s2 = digitAt(l, p + 5);
    if (m1 < 0 || m2 < 0 || l.charCodeAt(p + 3) !== 58 || s1 < 0 || s2 < 0 || l.charCodeAt(p + 6) !== 46) return -1;
    p += 7;
    let ms = 0;
    let n = 0;
    for (let c = digitAt(l, p); c >= 0 && n < 3; c = digitAt(l, p)) {
      ms = ms * 10 + c;
      n++;
      p++;
    }
    if (n === 0) return -1;
    if (part === 0) {
      if (l.charCodeAt(p++) !== 44) return -1;
      // `padEnd(3, '0')` of the digits as written.
      start = (((h * 60 + m1 * 10 + m2) * 60 + s1 * 10 + s2) * 1000) + ms * (n === 1 ? 100 : n === 2 ? 10 : 1);
    }
  }
  return p === l.length ? start : -1;
}

/** Printable ASCII at both ends: a name `trim` would leave as it is. */
const untrimmed = (s: string, from: number, to: number): boolean => {
  const a = s.charCodeAt(from);
  const b = s.charCodeAt(to - 1);
  return a > 32 && a < 127 && b > 32 && b < 127;
};

/** One pass; `known` are the cue-opening names of the whole file when a first pass found them. */
function readPass(lines: Lines, source: ParseSource, known: ReadonlySet<string> | undefined) {
  const warnings: Diagnostic[] = [];
  // Offsets stay offsets unless the recording's name says when it started (Meet: "(2026-03-13 14:00 GMT)").
  const rec = recordingStartFromName(source.file);
  if (rec) warnings.push(warning(source.file, undefined, `times are offsets from the recording start in the file name ("${rec.from}")`));
  const authors = new Set<string>();
  const refused = new Set<string>();
  const messages: Message[] = [];
  const names = new Interner();
  // Offsets repeat in a long file: one string each.
  const clocks = new ClockInterner();
  // Each draft becomes a message as soon as the next one starts.
  let current: Draft | undefined;
  const finish = (d: Draft | undefined) => {
    if (!d) return;
    const body = bodyLinesText(d);
    if (body === '') return;
    if (d.author === undefined) warnings.push(warning(source.file, d.line, 'cue without a "Name: " line; kept without an author'));
    messages.push(chatMessage(source.file, d.line, d.time, d.author, body, 'everyone'));
  };
  let time: string | undefined;
  let afterCue = false;
  for (let raw = lines.next(); raw !== undefined; raw = lines.next()) {
    if (raw === '') {
      // The blank line after each cue: body (trimmed off again at the end) once a cue is open.
      afterCue = false;
      if (current && time !== undefined) current.blanks++;
      continue;
    }
    const c = raw.charCodeAt(0);
    // The usual cue line by hand: it starts and ends with a digit.
    const plainMs = c >= 48 && c <= 57 && digitAt(raw, raw.length - 1) >= 0 ? plainCueMs(raw) : -1;
    const cue = plainMs >= 0 ? null : cueOf(raw);
    const opening = afterCue;
    afterCue = cue !== null || plainMs >= 0;
    if (plainMs >= 0) {
      const colon = raw.charCodeAt(1) === 58 ? 1 : 2;
      if (rec) time = timeAfter(rec, plainMs);
      // Only real clocks have a slot by their seconds; `0:75:00` is kept as written, through `get`.
      else if (raw.charCodeAt(colon + 1) < 54 && raw.charCodeAt(colon + 4) < 54) {
        const t = Math.floor(plainMs / 1000);
        time = clocks.known(t) ?? clocks.add(t, clockOf(raw, colon));
      } else time = clocks.get(clockOf(raw, colon));
      finish(current);
      current = { line: lines.line, time, blanks: 0 };
      continue;
    }
    if (cue) {
      if (rec) {
        const ms = ((Number(cue[1]) * 60 + Number(cue[2])) * 60 + Number(cue[3])) * 1000 + Number(cue[4]!.padEnd(3, '0'));
        time = timeAfter(rec, ms);
      } else time = clocks.get(`${cue[1]!.padStart(2, '0')}:${cue[2]}:${cue[3]}`);
      finish(current);
      current = { line: lines.line, time, blanks: 0 };
      continue;
    }
    let m: { name: string; text: string } | undefined;
    let name: string | undefined;
    const colon = raw.indexOf(':');
    if (colon >= 1 && colon <= 80 && raw.charCodeAt(colon + 1) === 32 && !hasHeaderMarksIn(raw, 0, colon)) {
      // `readNamed` on a name `cleanHeader` leaves as it is (the text is not cleaned), with no parts object or name slice on a repeat.
      name = untrimmed(raw, 0, colon) ? names.getSlice(raw, 0, colon) : names.get(raw.slice(0, colon).trim());
      m = { name, text: raw.slice(colon + 2) };
    } else {
      const clean = cleanHeader(raw);
      m = readNamed(clean);
      // Only the name is the header zone: the text keeps its marks.
      if (m) m = { name: m.name, text: rawTail(raw, clean, m.text) };
      name = m ? names.get(m.name.trim()) : undefined;
    }
    if (opening && name !== undefined) authors.add(name);
    if (!current || time === undefined) {
      if (raw.trim() !== '') warnings.push(warning(source.file, lines.line, 'line before the first .sbv cue; skipped'));
      continue;
    }
    const opensCue = current.author === undefined && current.first === undefined && current.blanks === 0;
    if (name !== undefined && (opensCue || (known ?? authors).has(name) || fullName.test(name))) {
      const text = lines.own(raw, m!.text);
      if (opensCue) {
        current.line = lines.line;
        current.author = name;
        current.first = text;
      } else {
        finish(current);
        current = { line: lines.line, time, author: name, first: text, blanks: 0 };
      }
    } else {
      if (name !== undefined) refused.add(name);
      addBodyLine(current, raw);
    }
  }
  finish(current);
  return { messages, warnings, authors, refused, rec };
}
