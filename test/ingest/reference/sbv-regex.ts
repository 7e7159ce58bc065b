/** The .sbv parser as it was, every cue and name line through its regex and cleanHeader: the reference the one in src must agree with. */
import { InputError } from '../../../src/errors.js';
import type { Diagnostic, Message, ParseSource } from '../../../src/types.js';
import { ClockInterner, Interner } from '../../../src/ingest/intern.js';
import { lineParser, type Lines } from '../../../src/ingest/lines.js';
import { recordingStartFromName, timeAfter } from '../../../src/ingest/recording-start.js';
import { cleanHeader, finishExport, joinBody, message, rawTail, splitLines, warning } from '../../../src/ingest/text.js';

const format = 'sbv';
const cueLine = /^(\d{1,2}):(\d{2}):(\d{2})\.(\d{1,3}),\d{1,2}:\d{2}:\d{2}\.\d{1,3}$/;
const fullName = /^\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){1,3}$/u;

interface Draft {
  line: number;
  time: string;
  author?: string;
  body: string[];
}

export const sbvByRegex = lineParser({
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

/** A cue line (after trimming) starts with a digit: most lines are ruled out without the regex. */
const cueOf = (raw: string): RegExpExecArray | null => {
  const t = raw.trim();
  const c = t.charCodeAt(0);
  return c >= 48 && c <= 57 ? cueLine.exec(t) : null;
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
    const body = joinBody(d.body);
    if (body === '') return;
    if (d.author === undefined) warnings.push(warning(source.file, d.line, 'cue without a "Name: " line; kept without an author'));
    messages.push(message(source.file, d.line, { time: d.time, author: d.author, text: body, to: 'everyone' }));
  };
  let time: string | undefined;
  let afterCue = false;
  for (let raw = lines.next(); raw !== undefined; raw = lines.next()) {
    const cue = cueOf(raw);
    const opening = afterCue;
    afterCue = cue !== null;
    if (cue) {
      if (rec) {
        const ms = ((Number(cue[1]) * 60 + Number(cue[2])) * 60 + Number(cue[3])) * 1000 + Number(cue[4]!.padEnd(3, '0'));
        time = timeAfter(rec, ms);
      } else time = clocks.get(`${cue[1]!.padStart(2, '0')}:${cue[2]}:${cue[3]}`);
      finish(current);
      current = { line: lines.line, time, body: [] };
      continue;
    }
    const head = cleanHeader(raw);
    const m = readNamed(head);
    const name = m ? names.get(m.name.trim()) : undefined;
    if (opening && name !== undefined) authors.add(name);
    if (!current || time === undefined) {
      if (raw.trim() !== '') warnings.push(warning(source.file, lines.line, 'line before the first .sbv cue; skipped'));
      continue;
    }
    const opensCue = current.author === undefined && current.body.length === 0;
    if (name !== undefined && (opensCue || (known ?? authors).has(name) || fullName.test(name))) {
      const text = lines.own(raw, rawTail(raw, head, m!.text));
      if (opensCue) {
        current.line = lines.line;
        current.author = name;
        current.body = [text];
      } else {
        finish(current);
        current = { line: lines.line, time, author: name, body: [text] };
      }
    } else {
      if (name !== undefined) refused.add(name);
      current.body.push(raw);
    }
  }
  finish(current);
  return { messages, warnings, authors, refused, rec };
}
