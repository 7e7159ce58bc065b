/** Zoom cloud-recording chat file (Z4): `00:01:05⇥Name:⇥text`, times elapsed since the recording started. */
import { InputError } from '../../errors.js';
import type { Diagnostic, Message } from '../../types.js';
import { ClockInterner, Interner } from '../intern.js';
import { lineParser } from '../lines.js';
import { chatMessage, cleanHeader, finishExport, hasHeaderMarksIn, isBlank, joinBody, message, messageRef, rawTail, splitLines, warning } from '../text.js';
import { mayBeSpecial, readBody } from '../zoom-body.js';

// `s`: a text is the rest of its line, a line separator or CR in it included.
const header = /^(\d{1,2}):(\d{2}):(\d{2})\t([^\t]+?):\t(.*)$/s;
const format = 'zoom-cloud';

/** The header's parts: `HH:MM:SS` (hours padded), the name as written, the text. */
function readHead(head: string): { time: string; author: string; text: string } | undefined {
  return plainHead(head) ?? regexHead(head);
}

function regexHead(head: string): { time: string; author: string; text: string } | undefined {
  const m = header.exec(head);
  return m ? { time: `${m[1]!.length === 1 ? '0' : ''}${m[1]}:${m[2]}:${m[3]}`, author: m[4]!, text: m[5]! } : undefined;
}

const isDigit = (s: string, i: number): boolean => {
  const c = s.charCodeAt(i);
  return c >= 48 && c <= 57;
};
const digit = (s: string, i: number): number => s.charCodeAt(i) - 48;

/**
 * Where the name of a usual header ends (its `:` + TAB), or -1 when anything is
 * unusual and the regex decides. The clock is `H:MM:SS` or `HH:MM:SS`, the name
 * runs from after its TAB to the first `:` + TAB, with no TAB before it.
 */
function plainNameEnd(head: string): number {
  const colon = head.indexOf(':');
  if (colon !== 1 && colon !== 2) return -1;
  if (!isDigit(head, 0) || !isDigit(head, colon - 1) || !isDigit(head, colon + 1) || !isDigit(head, colon + 2) || !isDigit(head, colon + 4) || !isDigit(head, colon + 5)) return -1;
  if (head.charCodeAt(colon + 3) !== 58 || head.charCodeAt(colon + 6) !== 9) return -1;
  const at = colon + 7;
  const end = head.indexOf(':\t', at);
  return end > at && head.indexOf('\t', at) === end + 1 ? end : -1;
}

/** `header` by hand for the usual line; undefined when anything is unusual, and the regex decides. */
function plainHead(head: string): { time: string; author: string; text: string } | undefined {
  const end = plainNameEnd(head);
  if (end < 0) return undefined;
  const text = head.slice(end + 2);
  const colon = head.charCodeAt(1) === 58 ? 1 : 2;
  const clock = head.slice(0, colon + 6);
  return { time: colon === 1 ? `0${clock}` : clock, author: head.slice(colon + 7, end), text };
}

/** The `HH:MM:SS` a usual header starts with, the hour padded. */
const clockOf = (raw: string, colon: number): string => (colon === 1 ? `0${raw.slice(0, 7)}` : raw.slice(0, 8));

/** Printable ASCII at both ends: a name `trim` would leave as it is. */
const untrimmed = (s: string, from: number, to: number): boolean => {
  const a = s.charCodeAt(from);
  const b = s.charCodeAt(to - 1);
  return a > 32 && a < 127 && b > 32 && b < 127;
};

export const zoomCloud = lineParser({
  format,
  platform: 'Zoom',
  description: 'Zoom cloud-recording chat file (Z4): elapsed HH:MM:SS, TAB, name, colon, TAB, text',
  detect(head, name) {
    const hits = splitLines(head).slice(0, 60).map(cleanHeader).filter((l) => header.test(l)).length;
    if (hits === 0) return 0;
    const bonus = /^GMT\d{8}-\d{6}/.test(name.split(/[\\/]/).at(-1) ?? '') ? 0.05 : 0;
    return Math.min(1, (hits >= 3 ? 0.9 : hits === 2 ? 0.8 : 0.6) + bonus);
  },
  parseLines(lines, source) {
    const file = source.file;
    const warnings: Diagnostic[] = [];
    const messages: Message[] = [];
    // Names and offsets repeat across a long file: one string per distinct value.
    const authors = new Interner();
    const offsets = new ClockInterner();
    // The open record: its line, time, author, and body as a first line plus any more.
    let line = 0;
    let time = '';
    let author: string | undefined;
    let body = '';
    let more: string[] | undefined;
    // The open record comes in as arguments: variables a closure captures live in a heap context, and the loop
    // below would write each header's parts there (through the write barrier) instead of in registers.
    const finish = (line: number, time: string, author: string, body: string, more: string[] | undefined) => {
      const joined = more === undefined ? (isBlank(body) ? '' : body) : joinBody([body, ...more]);
      // Only public chat reaches the cloud file (Zoom KB0067315), so every message is to everyone.
      if (!mayBeSpecial(joined)) {
        messages.push(chatMessage(file, line, time, author, joined, 'everyone'));
        return;
      }
      const b = readBody(joined, messages.length > 0 ? messageRef(messages[messages.length - 1]!) : undefined);
      messages.push(message(file, line, { time, author, text: b.text, kind: b.kind, to: 'everyone', replyTo: b.replyTo }));
    };
    for (let raw = lines.next(); raw !== undefined; raw = lines.next()) {
      // A header starts with a digit (or a mark the cleaning drops).
      const c = raw.charCodeAt(0);
      let m: { time: string; author: string; text: string } | undefined;
      // A header whose name `cleanHeader` leaves as it is (the text is not cleaned): read straight from the line.
      if (c >= 48 && c <= 57) {
        const end = plainNameEnd(raw);
        const colon = raw.charCodeAt(1) === 58 ? 1 : 2;
        const at = colon + 7;
        if (end >= 0 && !hasHeaderMarksIn(raw, at, end)) {
          if (author !== undefined) finish(line, time, author, body, more);
          line = lines.line;
          const minutes = digit(raw, colon + 1) * 10 + digit(raw, colon + 2);
          const seconds = digit(raw, colon + 4) * 10 + digit(raw, colon + 5);
          // Only real clocks have a slot by their seconds; `0:75:00` is kept as written, through `get`.
          if (minutes < 60 && seconds < 60) {
            const t = ((colon === 1 ? digit(raw, 0) : digit(raw, 0) * 10 + digit(raw, 1)) * 60 + minutes) * 60 + seconds;
            time = offsets.known(t) ?? offsets.add(t, clockOf(raw, colon));
          } else time = offsets.get(clockOf(raw, colon));
          author = untrimmed(raw, at, end) ? authors.getSlice(raw, at, end) : authors.get(raw.slice(at, end).trim());
          body = lines.own(raw, raw.slice(end + 2));
          more = undefined;
          continue;
        }
      }
      if ((c >= 48 && c <= 57) || c >= 0x80) {
        const clean = cleanHeader(raw);
        m = readHead(clean);
        // Only the header zone is cleaned: the text keeps its marks.
        if (m) m.text = rawTail(raw, clean, m.text);
      }
      if (m) {
        if (author !== undefined) finish(line, time, author, body, more);
        line = lines.line;
        time = offsets.get(m.time);
        author = authors.get(m.author.trim());
        body = lines.own(raw, m.text);
        more = undefined;
      } else if (author !== undefined) {
        // Bare continuation lines; the blank line after `Replying to` is content, not a break.
        (more ??= []).push(raw);
      } else if (raw.trim() !== '') {
        warnings.push(warning(file, lines.line, 'line before the first Zoom cloud chat message; skipped'));
      }
    }
    if (author !== undefined) finish(line, time, author, body, more);
    if (messages.length === 0) throw new InputError(file, 'not a Zoom cloud chat: no "HH:MM:SS<TAB>Name:<TAB>text" lines');
    // Offsets, not clock times: no start/end, and no date attached to them.
    return finishExport({ format, platform: 'Zoom', offsets: true }, messages, warnings);
  },
});
